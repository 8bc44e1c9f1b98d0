/** Parameter text the lease functions share where it differs from parameter-text.ts. */
import type { ParameterLine } from '../types';

export const leaseTermYearsText: ParameterLine = ['Lease term in years, a whole number from 1 to 100 (one row a year).', 'リース期間（年）。1から100の整数（1年に1行）。', [1, 30]];

/** Rent growth where it must be given (LEASE_FINANCING). */
export const rentEscalatorText: ParameterLine = ['Rent growth a year (3% is 0.03), > -1.', '賃料の年間上昇率（3%は0.03）。-1より大きい値。', [0, 0.1]];

const [escalatorEn, escalatorJa, escalatorRange] = rentEscalatorText;

/** Rent growth where leaving it out means none (LEASE_CASHFLOWS). */
export const optionalRentEscalatorText: ParameterLine = [`${escalatorEn} Default 0.`, `${escalatorJa}既定値 0。`, escalatorRange];

const profileEn = 'How the debt is repaid: sculpted (service proportional to CFADS), level (an annuity), bullet (interest only, principal at the tenor) or balloon (level, with balloon_share of the loan paid at the tenor).';
const profileJa = '返済方法：sculpted（CFADSに比例する彫刻型）、level（元利均等）、bullet（利息のみ、満期に元本一括）、balloon（元利均等でballoon_shareを満期に一括返済）。';

/** DEBT_SCHEDULE's profile. */
export const scheduleProfileText: ParameterLine = [`${profileEn} Omitted: sculpted with CFADS, else level.`, `${profileJa}省略時：CFADS指定時は彫刻型、それ以外は元利均等。`];

/** LEASE_FINANCING's debt_profile. */
export const financingProfileText: ParameterLine = [`${profileEn} Sculpted on the NOI by default.`, `${profileJa}既定値：NOIに合わせた彫刻型。`];

export const balloonShareText: ParameterLine = [
  'Share of the loan left to the end of the tenor and paid then (balloon profile), 0 to < 1 (30% is 0.3). Default 0.',
  '満期まで残し満期に一括返済する借入の割合（balloonの場合）。0以上1未満（30%は0.3）。既定値 0。',
  [0, 0.5],
];

/** LEASE_FINANCING's and LEASE_SUMMARY's parameter texts, where they differ from parameter-text.ts. */
export const leaseFinancingParameterTexts = {
    term_years: leaseTermYearsText,
    annual_escalator: rentEscalatorText,
    build_months: ['Months of build from close before the lease starts, a whole number >= 0; capex is spent and the loan drawn evenly over them, interest capitalised monthly.', 'クローズからリース開始までの建設月数。0以上の整数。設備投資と借入はこの期間に均等、利息は毎月資本化されます。', [0, 48]],
    max_loan_to_cost: ['The largest debt at completion as a share of all uses: capex, capitalised interest and any debt service reserve, 0 to 1 (85% is 0.85).', '全資金使途（設備投資、資本化利息、元利返済準備金）に対する完成時の借入の上限割合（LTC）。0から1（85%は0.85）。', [0.3, 0.95]],
    tenor_years: ['Years over which the debt is repaid, a whole number from 1 to 100. Default: term_years.', '借入の返済年数。1から100の整数。既定値：term_years。', [1, 40]],
    debt_profile: financingProfileText,
    balloon_share: balloonShareText,

  exit_cap_rate: [
    'Cap rate of a sale at the end of the lease, on the last lease year\'s NOI, > 0 (6% is 0.06). Omitted: no sale.',
    'リース終了時の売却のキャップレート（最終リース年のNOIに対して）。0より大きい値（6%は0.06）。省略時：売却なし。',
    [0.04, 0.12],
  ],
  downside_rent_haircut: [
    'Rent cut of a downside case, 0 to < 1 (20% is 0.2); the debt is sized on the smaller of the base and the downside. Default 0.',
    'ダウンサイド・ケースの賃料の減額割合。0以上1未満（20%は0.2）。借入はベースとダウンサイドの小さい方で決まります。既定値 0。',
    [0, 0.4],
  ],
  dsra_months: [
    'Months of the largest debt service held in a debt service reserve from close to the end of the tenor (or until a cash sweep repays the loan), a whole number 0 to 60; funded at close from the loan and the equity pro rata, within max_loan_to_cost of all uses. Default 0.',
    'クローズから返済期間終了（キャッシュ・スイープで完済すればその時）まで積み立てる元利返済準備金（最大の元利返済額の月数）。0から60の整数。クローズ時に借入とエクイティで按分して積み立て、全資金使途に対するmax_loan_to_costの範囲内です。既定値 0。',
    [0, 12],
  ],
  lockup_dscr: [
    'DSCR below which a year\'s equity distribution is held back, released when the test is met again, > 0. Omitted: no lock-up.',
    'その年のエクイティ配当を留保するDSCRの水準（再び満たした年に解放）。0より大きい値。省略時：ロックアップなし。',
    [1, 1.3],
  ],
  close_date: [
    'Financial close as a date; the date column counts 365-day years from it. Omitted: dates count days from 0.',
    'ファイナンシャル・クローズの日付。日付列はここから365日ごとの年を数えます。省略時：0からの日数。',
  ],
  cash_sweep_share: [
    'Share of each year\'s cash left after debt service (and after any lock-up) that prepays the loan until it is repaid, 0 to 1 (50% is 0.5); later interest and scheduled principal fall pro rata, the equity receives the rest, and the table gains a cash_sweep_usd column. Default 0: no sweep.',
    '元利返済後（ロックアップ後）に残る各年のキャッシュのうち、完済まで借入の期限前返済に充てる割合（キャッシュ・スイープ）。0から1（50%は0.5）。以後の利息と約定元本は比例して減り、残りはエクイティに配当され、表にcash_sweep_usd列が加わります。既定値 0：スイープなし。',
    [0, 1],
  ],
} as const satisfies Record<string, ParameterLine>;
