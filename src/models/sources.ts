/**
 * The sources the model workbooks' default inputs cite, in English (source-notes.ts gives the
 * Japanese workbooks theirs). A file of its own so the model helpers and the notes can both
 * read it without importing each other.
 */

/** Sources of the default inputs, as the workbook cites them. A figure worked out from sourced figures says "Derived:". */
export const sources = {
  difficultyApr2024: 'Difficulty 86.39T on 2024-04-10 (The Block): https://www.ddjxad.top/news/detail/12560603962555',
  s21: 'Antminer S21, 17.5 J/TH: https://d-central.tech/mining-glossary/efficiency-j-th/',
  listedMinerPower: 'Large listed miners pay $0.03–0.04/kWh (MARA owned sites $0.04; Riot 3.8¢ all-in, Mar 2025)',
  coloRent: 'Derived: median implied by miners\' hosting leases ≈ $1.8M/MW-yr ≈ $150/kW-month (the contracts in the company presets, see CONTRACTS)',
  coloMargin: 'NOI ~85% (TeraWulf–Fluidstack): https://particle.news/story/terawulf-secures-37-billion-ai-hosting-deals-with-google-backstop',
  h100Price: 'H100 1-year contract $2.35/GPU-hr, Mar 2026 (SemiAnalysis): https://www.techreaderdaily.com/article.html?slug=h100-reserved-capacity-hits-2-35-hour-floor-in-2026',
  h100Power: 'Derived: DGX H100 10.2 kW per 8 GPUs → ~1.4 kW per GPU with fabric',
  gpuUtilization: 'Assumed: 90% of a contracted H100 cluster rented out',
  coreweaveMargin: 'CoreWeave adj. EBITDA 62% (Q2-25): https://www.stocktitan.net/news/CRWV/core-weave-reports-strong-third-quarter-2025-cleos2cfu9y3.html',
  pue: 'PUE 1.2–1.3 (Bitfarms Washington; WhiteFiber NC-1 ≤ 1.3)',
  morganStanleySite: 'Morgan Stanley case: a 100 MW mining site',
  irenMicrosoft:
    'IREN–Microsoft: $9.7B, 5 yr, 200 MW IT, 20% prepaid (2025-11-03): https://marketchameleon.com/articles/b/2025/11/03/iren-inks-9-7-billion-ai-cloud-deal-with-microsoft-massive-gpu-rollout-set-for-2026',
  irenMargin: '~85% EBITDA margin (IREN management, not independently verified): https://simplywall.st/community/narratives/us/software/nasdaq-iren/iren/hfyichcq-update-for-iren',
  irenCapex: 'Derived: Dell order $5.8B for 200 MW IT ≈ $29M per MW of GPU equipment',
  irenBuild: 'Derived: signed Nov-2025, GPUs delivered through 2026 (~12 months)',
  irenEfficiency: 'IREN fleet 15 J/TH nameplate (Dec-24): https://fwb.einnews.com/pr_news/774780729/iren-december-2024-monthly-update',
  irenPower: 'IREN Childress 2.96 ¢/kWh (Nov-24): https://br.advfn.com/noticias/GLOBE/2024/artigo/95051491',
  riverBendLease:
    'Hut 8 River Bend: 245 MW IT, $7.0B over 15 yr, 3% escalator, triple-net (2025-12-17): https://www.marketdash.io/news/57374/hut-8-lands-7-billion-data-center-deal-with-google-backstop',
  riverBendRent: 'Derived: $7.0B ÷ Σ 1.03^(y−1) over 15 yr = $376.4M in year 1 ÷ 245,000 kW ÷ 12 ≈ $128/kW-month',
  riverBendNoi: 'Derived: NOI $6.9B on $7.0B of rent over the term (Hut 8, 2025-12-17) ≈ 98.6%',
  riverBendCapex: 'Derived: capex ~$2.45B ($9–11M/MW) ÷ 245 MW: https://newprojectmedia.com/?p=16843',
  riverBendBuild: 'Derived: signed Dec-2025, first hall Q2-2027 ≈ 18 months (Hut 8)',
  riverBendLoan: 'Construction loan up to 85% LTC at SOFR+225 (JPM, GS; 2025-12): https://newprojectmedia.com/?p=16843',
  riverBendNotes:
    '$3.25B 6.192% senior secured notes due 2042 (2026-04-30): https://6ix.com/company/hut-8-corp-common-stock/news/hut-8-closes-dollar325-billion-of-investment-grade-senior-secured-notes-in-landmark-financing-for-river-bend-data-center-project',
  leaseCapRate: 'Cantor (APLD) and KBW (WULF) value leases at a 6% cap rate (analyst notes)',
  companiesReference: 'Figures and sources: bundled company presets (data/presets), see COMPANY and CONTRACTS',
  s21xp: 'Antminer S21 XP, 270 TH/s, 13.5 J/TH (bundled ASIC specs): https://btcminermarketplace.com/how-to-calculate-roi-for-bitcoin-miner-s21-xp',
  asicPricePerTh:
    'Assumption: no dated S21 XP price was found; Bitmain price lists were reported at ~$7–8/TH for S21 hydro/immersion before coupons (Dec-2025; not independently verified): https://bitbuzz.org/?p=399361',
  h100Capex: 'H100 ~$25,000 per GPU (2026; not independently verified): https://fetchlogic.net/memory-now-costs-more-than-the-processor-in-ai-chips-and-that-changes-everything-about-who-can-afford-to-compete/',
  gpuLife: 'GPU lives: Nebius 4 yr, WhiteFiber 5 yr, CoreWeave 6 yr: https://bizety.com/2025/09/23/gpu-depreciation-coreweave-vs-nebius',
  gpuFinancing: 'IREN GPU financing at "<6%" (2026-02-05): https://www.stocktitan.net/news/IREN/iren-reports-q2-fy26-kw2ckij7k65o.html',
} as const;
