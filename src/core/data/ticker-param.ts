/**
 * The `ticker` parameter every company look-up shares (COMPANY, CONTRACTS, NOTES,
 * DILUTED_SHARES, SOTP, COMPANY_CARD): one of the bundled presets' tickers, offered by Excel's
 * AutoComplete with the company's name, and for which a company card may stand.
 */
import { ChoiceSet, requiredTicker } from '../params';
import { latestFigure, listPresets } from './presets';

/** The tickers of the bundled presets, sorted, each with the company's latest name. */
export const tickerChoices: ChoiceSet = {
  id: 'Ticker',
  values: () => listPresets().map((preset) => ({ value: preset.ticker, tooltip: String(latestFigure(preset.name)?.value ?? preset.ticker) })),
};

export const tickerParam = requiredTicker('ticker', tickerChoices);
