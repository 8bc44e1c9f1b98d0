/**
 * The notes sheet of the lease-financing workbook: River Bend financed with its $3.25B notes,
 * and Cipher's Barber Lake 2030 project notes. Every figure with its source
 * (../reference/capital.md, companies.md) or labelled an assumption; in English and Japanese.
 */
import type { Locale } from '../sheet/locale';
import { sources } from './sources';

/** A figure and where it comes from. */
type Sourced<V> = readonly [value: V, source: string];

export interface NotesDeal {
  readonly key: string;
  readonly leaseTitle: string;
  readonly notesTitle: string;
  readonly scheduleTitle: string;
  readonly mw: Sourced<number>;
  readonly rent: Sourced<number>;
  readonly term: Sourced<number>;
  readonly escalator: Sourced<number>;
  readonly noiMargin: Sourced<number>;
  readonly principal: Sourced<number>;
  readonly coupon: Sourced<number>;
  readonly tenor: Sourced<number>;
  readonly balloon: Sourced<number>;
  readonly profile: 'sculpted' | 'balloon';
  /** The DSCR at which DEBT_SIZE sizes the NOI, an input, and where it comes from. */
  readonly impliedDscr: Sourced<number>;
  readonly sizedNote: string;
}

const cipherNotes =
  '$1,400M at par + $333M at 100.25% = $1,733M of 7.125% senior secured notes due 2030-11-15, Cipher Compute LLC (2025-11-13, 2025-11-24): https://ng.investing.com/news/sec-filings/cipher-mining-completes-333-million-senior-notes-offering-for-texas-facility-93CH-2225860';
const cipherLease =
  'Fluidstack at Barber Lake: 168 MW IT, $3.0B over 10 yr, plus 39 MW IT, $830M over 10 yr (2025-09-25, 2025-12): https://blockworks.co/news/cipher-mining-inks-3b-ai-hosting-deal-with-fluidstack';

/** The figures, once; the words around them in each language below. */
const riverBendFigures = { key: 'river_bend_notes', mw: 245, rent: 128, term: 15, escalator: 0.03, noiMargin: 0.986, principal: 3_250_000_000, coupon: 0.06192, tenor: 15, balloon: 0, profile: 'sculpted', impliedDscr: 1.31 } as const;
const barberLakeFigures = { key: 'barber_lake_notes', mw: 207, rent: 154, term: 10, escalator: 0, noiMargin: 0.85, principal: 1_733_000_000, coupon: 0.07125, tenor: 4, balloon: 0.7, profile: 'balloon', impliedDscr: 1.3 } as const;

type DealFigures = typeof riverBendFigures | typeof barberLakeFigures;
type DealWords = Omit<NotesDeal, 'key' | 'profile' | 'impliedDscr' | 'mw' | 'rent' | 'term' | 'escalator' | 'noiMargin' | 'principal' | 'coupon' | 'tenor' | 'balloon'> & {
  readonly sources: readonly [mw: string, rent: string, term: string, escalator: string, noiMargin: string, principal: string, coupon: string, tenor: string, balloon: string, dscr: string];
};

function dealOf(figures: DealFigures, words: DealWords): NotesDeal {
  const [mw, rent, term, escalator, noiMargin, principal, coupon, tenor, balloon, dscr] = words.sources;
  return {
    key: figures.key, leaseTitle: words.leaseTitle, notesTitle: words.notesTitle, scheduleTitle: words.scheduleTitle, sizedNote: words.sizedNote,
    profile: figures.profile, impliedDscr: [figures.impliedDscr, dscr],
    mw: [figures.mw, mw], rent: [figures.rent, rent], term: [figures.term, term], escalator: [figures.escalator, escalator],
    noiMargin: [figures.noiMargin, noiMargin], principal: [figures.principal, principal], coupon: [figures.coupon, coupon],
    tenor: [figures.tenor, tenor], balloon: [figures.balloon, balloon],
  };
}

const riverBendLeaseSources = [sources.riverBendLease, sources.riverBendRent, sources.riverBendLease, sources.riverBendLease, sources.riverBendNoi] as const;

const deals: Readonly<Record<Locale, readonly NotesDeal[]>> = {
  en: [
    dealOf(riverBendFigures, {
      leaseTitle: 'River Bend: the lease (as on the first sheet)',
      notesTitle: 'River Bend: the $3.25B 6.192% senior secured notes due 2042',
      scheduleTitle: 'The notes, year by year = MINER.DEBT_SCHEDULE on the lease NOI (spills)',
      sizedNote: 'Derived: the NOI carries about the $3.25B issued at 1.31x, the DSCR the public figures imply',
      sources: [
        ...riverBendLeaseSources, sources.riverBendNotes, sources.riverBendNotes,
        'Derived: fully amortizing over 16.5 yr from issue (2026-04-30), of which ~18 months of build before rent: 15 yearly instalments on the lease NOI',
        'Fully amortizing: no balloon (capital.md, 2026-04-30)',
        'Derived: the DSCR at which the lease NOI carries the $3.25B issued, fully amortizing',
      ],
    }),
    dealOf(barberLakeFigures, {
      leaseTitle: 'Cipher Barber Lake: the lease',
      notesTitle: 'Cipher Compute: 7.125% project notes due 2030, a balloon at maturity',
      scheduleTitle: 'The notes, year by year = MINER.DEBT_SCHEDULE, balloon profile (spills)',
      sizedNote: 'Assumption: 1.3x. Fully amortized over 4 years the NOI carries far less than $1,733M: hence the balloon',
      sources: [
        `Derived: 168 + 39 MW IT. ${cipherLease}`,
        'Derived: ($3.0B + $0.83B) ÷ 10 yr ÷ 207,000 kW ÷ 12 ≈ $154/kW-month',
        cipherLease,
        'Assumption: not public; no escalator',
        'NOI margin 80–85% (168 MW) and 85–90% (39 MW), companies.md: 0.85',
        cipherNotes,
        cipherNotes,
        'Derived: no amortization before completion (late 2026), then to maturity 2030-11-15: 4 yearly instalments for the semi-annual ones',
        'Assumption: the amortization schedule is not public; 70% left to maturity, refinanced',
        'Assumption: 1.3x, a minimum DSCR a lender might set on the lease NOI',
      ],
    }),
  ],
  ja: [
    dealOf(riverBendFigures, {
      leaseTitle: 'River Bend：リース（1枚目のシートと同じ）',
      notesTitle: 'River Bend：2042年満期 6.192% 担保付社債 32.5億ドル',
      scheduleTitle: '社債の年次返済 = リースNOIに対するMINER.DEBT_SCHEDULE（スピル）',
      sizedNote: '導出：公開数値が示すDSCR 1.31倍で、NOIは発行額32.5億ドル程度を支えます',
      sources: [
        ...riverBendLeaseSources, sources.riverBendNotes, sources.riverBendNotes,
        '導出：発行（2026-04-30）から16.5年で全額償還、うち約18か月は賃料発生前の建設期間：リースNOIに対する15回の年次返済',
        '全額償還：バルーンなし（capital.md、2026-04-30）',
        '導出：リースNOIが発行額32.5億ドルを全額償還で支えるDSCR',
      ],
    }),
    dealOf(barberLakeFigures, {
      leaseTitle: 'Cipher Barber Lake：リース',
      notesTitle: 'Cipher Compute：2030年満期 7.125% プロジェクト社債（満期にバルーン）',
      scheduleTitle: '社債の年次返済 = MINER.DEBT_SCHEDULE、バルーン型（スピル）',
      sizedNote: '仮定：1.3倍。4年で全額償還するとNOIが支えられる額は17.33億ドルを大きく下回ります：そのためバルーン',
      sources: [
        `導出：168 + 39 MW IT。${cipherLease}`,
        '導出：(30億ドル + 8.3億ドル) ÷ 10年 ÷ 207,000 kW ÷ 12 ≈ 154ドル/kW・月',
        cipherLease,
        '仮定：非公開のためエスカレーターなし',
        'NOIマージン 80–85%（168 MW）、85–90%（39 MW）（companies.md）：0.85',
        cipherNotes,
        cipherNotes,
        '導出：完成（2026年末）までは償還なし、その後2030-11-15の満期まで：半年ごとの返済を4回の年次返済として',
        '仮定：償還スケジュールは非公開。70%を満期に残し借り換え',
        '仮定：1.3倍。貸し手がリースNOIに求める最低DSCRの一例',
      ],
    }),
  ],
};

export const notesText = {
  en: {
    sheet: 'Project notes',
    title: 'Project notes: River Bend and a 2030 project-notes deal',
    subtitle: 'The notes as issued, repaid from the lease NOI: DSCR year by year. Replace the inputs with any notes.',
    mw: 'Critical IT load leased',
    rent: 'Rent in year 1',
    term: 'Lease term',
    escalator: 'Annual rent escalator',
    noiMargin: 'NOI margin',
    principal: 'Notes issued',
    coupon: 'Coupon',
    tenor: 'Yearly instalments after the build',
    balloon: 'Share left to maturity (balloon)',
    results: 'Results',
    sizingDscr: 'DSCR the NOI is sized at',
    minDscr: 'Minimum DSCR (a balloon at maturity left out)',
    sizedAt: 'What the NOI carries, fully amortizing at the DSCR above = MINER.DEBT_SIZE',
    leaseTable: 'The lease, year by year = MINER.LEASE_CASHFLOWS: the NOI that repays the notes (spills)',
    deals: deals.en,
  },
  ja: {
    sheet: 'プロジェクト社債',
    title: 'プロジェクト社債：River Bendと2030年満期のプロジェクト社債',
    subtitle: '発行された社債をリースのNOIから返済：年ごとのDSCR。入力を任意の社債に置き換えられます。',
    mw: '賃貸するクリティカルIT負荷',
    rent: '1年目の賃料',
    term: 'リース期間',
    escalator: '賃料の年間エスカレーター',
    noiMargin: 'NOIマージン',
    principal: '社債発行額',
    coupon: 'クーポン',
    tenor: '建設後の年次返済回数',
    balloon: '満期まで残す割合（バルーン）',
    results: '結果',
    sizingDscr: 'NOIから借入額を決めるDSCR',
    minDscr: '最低DSCR（満期のバルーンを除く）',
    sizedAt: '上記のDSCRで全額償還とした場合にNOIが支える額 = MINER.DEBT_SIZE',
    leaseTable: 'リースの年次キャッシュフロー = MINER.LEASE_CASHFLOWS：社債を返済するNOI（スピル）',
    deals: deals.ja,
  },
} as const;
