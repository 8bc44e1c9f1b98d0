/**
 * The default inputs' sources and notes in the sheet's language: the Japanese workbooks say
 * them in Japanese (figures, dates, names and links stay as they are). A note with no
 * translation here is written as given; the wording test lists any English left in _ja files.
 */
import { sources } from './sources';
import type { Locale } from '../sheet/locale';

const japanese: Readonly<Record<keyof typeof sources, string>> = {
  difficultyApr2024: 'ディフィカルティ 86.39T（2024-04-10、The Block）: https://www.ddjxad.top/news/detail/12560603962555',
  s21: 'Antminer S21 の電力効率 17.5 J/TH: https://d-central.tech/mining-glossary/efficiency-j-th/',
  listedMinerPower: '大手上場マイナーの電力単価は 0.03〜0.04 ドル/kWh（MARA 自社サイト 0.04 ドル、Riot オールイン 3.8 セント、2025 年 3 月）',
  coloRent: '算出：マイナーのホスティング・リース契約から逆算した中央値 ≈ 180 万ドル/MW・年 ≈ 150 ドル/kW・月（企業プリセットの契約、CONTRACTS 参照）',
  coloMargin: 'NOI 約 85%（TeraWulf–Fluidstack）: https://particle.news/story/terawulf-secures-37-billion-ai-hosting-deals-with-google-backstop',
  h100Price: 'H100 の 1 年契約 2.35 ドル/GPU・時間、2026 年 3 月（SemiAnalysis）: https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026',
  h100Power: '算出：DGX H100 は GPU 8 基で 10.2 kW → ネットワーク機器込みで GPU 1 基あたり約 1.4 kW',
  gpuUtilization: '仮定：契約済み H100 クラスターの 90% が貸し出される',
  coreweaveMargin: 'CoreWeave 調整後 EBITDA 62%（2025 年第 2 四半期）: https://www.stocktitan.net/news/CRWV/core-weave-reports-strong-third-quarter-2025-cleos2cfu9y3.html',
  pue: 'PUE 1.2〜1.3（Bitfarms ワシントン州、WhiteFiber NC-1 ≤ 1.3）',
  morganStanleySite: 'モルガン・スタンレーの想定ケース：100 MW のマイニング・サイト',
  irenMicrosoft:
    'IREN–Microsoft：97 億ドル、5 年、IT 200 MW、前払 20%（2025-11-03）: https://marketchameleon.com/articles/b/2025/11/03/iren-inks-9-7-billion-ai-cloud-deal-with-microsoft-massive-gpu-rollout-set-for-2026',
  irenMargin: 'EBITDA マージン約 85%（IREN 経営陣の説明、独自検証なし）: https://simplywall.st/community/narratives/us/software/nasdaq-iren/iren/hfyichcq-update-for-iren',
  irenCapex: '算出：Dell への発注 58 億ドル ÷ IT 200 MW ≈ GPU 機器 1 MW あたり 2,900 万ドル',
  irenBuild: '算出：2025 年 11 月締結、GPU は 2026 年を通じて納入（約 12 か月）',
  irenEfficiency: 'IREN フリートの定格 15 J/TH（2024 年 12 月）: https://fwb.einnews.com/pr_news/774780729/iren-december-2024-monthly-update',
  irenPower: 'IREN チルドレス 2.96 セント/kWh（2024 年 11 月）: https://br.advfn.com/noticias/GLOBE/2024/artigo/95051491',
  riverBendLease:
    'Hut 8 River Bend：IT 245 MW、15 年で 70 億ドル、年 3% 増額、トリプルネット（2025-12-17）: https://www.marketdash.io/news/57374/hut-8-lands-7-billion-data-center-deal-with-google-backstop',
  riverBendRent: '算出：70 億ドル ÷ Σ 1.03^(y−1)（15 年）= 初年度 3 億 7,640 万ドル ÷ 245,000 kW ÷ 12 ≈ 128 ドル/kW・月',
  riverBendNoi: '算出：期間中の賃料 70 億ドルに対し NOI 69 億ドル（Hut 8、2025-12-17）≈ 98.6%',
  riverBendCapex: '算出：設備投資 約 24.5 億ドル（1 MW あたり 900 万〜1,100 万ドル）÷ 245 MW: https://newprojectmedia.com/?p=16843',
  riverBendBuild: '算出：2025 年 12 月締結、最初のホールは 2027 年第 2 四半期 ≈ 18 か月（Hut 8）',
  riverBendLoan: '建設ローン：LTC 最大 85%、SOFR+225（JPM、GS、2025 年 12 月）: https://newprojectmedia.com/?p=16843',
  riverBendNotes:
    '32.5 億ドル、利率 6.192% の担保付シニア債、2042 年満期（2026-04-30）: https://6ix.com/company/hut-8-corp-common-stock/news/hut-8-closes-dollar325-billion-of-investment-grade-senior-secured-notes-in-landmark-financing-for-river-bend-data-center-project',
  leaseCapRate: 'Cantor（APLD）と KBW（WULF）はリースをキャップレート 6% で評価（アナリスト・レポート）',
  companiesReference: '数値と出典：同梱の企業プリセット（data/presets）。COMPANY と CONTRACTS を参照',
  s21xp: 'Antminer S21 XP、270 TH/s、13.5 J/TH（同梱の ASIC 仕様）: https://btcminermarketplace.com/how-to-calculate-roi-for-bitcoin-miner-s21-xp',
  asicPricePerTh:
    '仮定：日付のある S21 XP の価格は見つかりませんでした。Bitmain の価格表では S21 の水冷・液浸型がクーポン前で約 7〜8 ドル/TH と報じられています（2025 年 12 月、独自検証なし）: https://bitbuzz.org/?p=399361',
  h100Capex: 'H100 は GPU 1 基あたり約 25,000 ドル（2026 年、独自検証なし）: https://fetchlogic.net/memory-now-costs-more-than-the-processor-in-ai-chips-and-that-changes-everything-about-who-can-afford-to-compete/',
  gpuLife: 'GPU の耐用年数：Nebius 4 年、WhiteFiber 5 年、CoreWeave 6 年: https://bizety.com/2025/09/23/gpu-depreciation-coreweave-vs-nebius',
  gpuFinancing: 'IREN の GPU ファイナンスは「6% 未満」（2026-02-05）: https://www.stocktitan.net/news/IREN/iren-reports-q2-fy26-kw2ckij7k65o.html',
};

/**
 * Notes a model declares itself (the analysts' examples of the sum of the parts), by their
 * English words before the link; the link is kept as written.
 */
const japaneseBeforeLink: Readonly<Record<string, string>> = {
  'JPMorgan (Nov-2025): colocation $8–17M/MW of critical IT, cloud up to $19M/MW; IREN at $17M/MW × 660 MW':
    'JPMorgan（2025 年 11 月）：コロケーションはクリティカル IT 1 MW あたり 800 万〜1,700 万ドル、クラウドは最大 1,900 万ドル/MW。IREN は 1,700 万ドル/MW × 660 MW',
  'Compass Point (CORZ): $1.46M revenue/MW/yr × 75% margin × 12.5× − $1.5M/MW capex ≈ $12.2M/MW (derived from the firm’s figures)':
    'Compass Point（CORZ）：売上 146 万ドル/MW・年 × マージン 75% × 12.5 倍 − 設備投資 150 万ドル/MW ≈ 1,220 万ドル/MW（同社の数値から算出）',
  'Cantor (APLD) and KBW (WULF): a 6% cap rate on lease NOI (16.7× NOI, derived)': 'Cantor（APLD）と KBW（WULF）：リース NOI にキャップレート 6%（NOI の 16.7 倍、算出）',
  'Bernstein: IREN Sweetwater at $5M/MW "based on recent M&A multiples"': 'Bernstein：IREN スウィートウォーターを 500 万ドル/MW で評価（「最近の M&A 倍率に基づく」）',
  'Morgan Stanley: WULF pipeline at 50% (base) and 75% (bull) success': 'モルガン・スタンレー：WULF のパイプラインの実現確率を 50%（基本）と 75%（強気）で評価',
  'JPMorgan: diluted share counts 20–33% above reported': 'JPMorgan：希薄化後の株式数は公表値より 20〜33% 多い',
  '$1,400M at par + $333M at 100.25% = $1,733M of 7.125% senior secured notes due 2030-11-15, Cipher Compute LLC (2025-11-13, 2025-11-24)':
    '額面 14 億ドル + 100.25% で 3 億 3,300 万ドル = 利率 7.125% の担保付シニア債 17 億 3,300 万ドル、2030-11-15 満期、Cipher Compute LLC（2025-11-13、2025-11-24）',
  'Fluidstack at Barber Lake: 168 MW IT, $3.0B over 10 yr, plus 39 MW IT, $830M over 10 yr (2025-09-25, 2025-12)':
    'Fluidstack（Barber Lake）：IT 168 MW、10 年で 30 億ドル、さらに IT 39 MW、10 年で 8 億 3,000 万ドル（2025-09-25、2025 年 12 月）',
  'JPMorgan (Nov-2025): colocation from $8M/MW of critical IT, cloud up to $19M/MW':
    'JPMorgan（2025 年 11 月）：コロケーションはクリティカル IT 1 MW あたり 800 万ドルから、クラウドは最大 1,900 万ドル/MW',
  'H.C. Wainwright: CIFR bought a 300 MW site at $225k/MW (low); Morgan Stanley: conversion creates $5–8/W of equity value (high, $8M/MW)':
    'H.C. Wainwright：CIFR は 300 MW のサイトを 22.5 万ドル/MW で取得（低位）。モルガン・スタンレー：転換で 5〜8 ドル/W の株主価値が生まれる（高位、800 万ドル/MW）',
};

// Built on first use, once for the process.
let byEnglish: Map<string, string> | undefined;

function inJapanese(text: string): string {
  byEnglish ??= new Map(Object.entries(sources).map(([key, english]) => [english, japanese[key as keyof typeof sources]]));
  const whole = byEnglish.get(text);
  if (whole !== undefined) return whole;
  const [, before, link] = /^(.*?)(:\s*https?:\/\/.*)?$/s.exec(text) ?? [];
  const translated = before === undefined ? undefined : japaneseBeforeLink[before];
  return translated === undefined ? text : `${translated}${link ?? ''}`;
}

/** A source or note as the sheet's language writes it. */
export const sourceText: Readonly<Record<Locale, (text: string) => string>> = {
  en: (text) => text,
  ja: inJapanese,
};
