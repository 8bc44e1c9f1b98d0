import { breakevenPowerParams, breakevenPowerPriceUsdPerKwh } from '../../core/mining/breakeven-power';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'BREAKEVEN_POWER', result: 'number', unit: 'USD/kWh', params: breakevenPowerParams, core: breakevenPowerPriceUsdPerKwh,
});

export const docs: FunctionDocs = [
  'Breakeven power price: the USD/kWh above which a machine should be shut down.',
  '損益分岐電力価格：これを超えるとマシンを停止すべき電力価格（USD/kWh）。',
  { returns: 'USD per kWh; negative when the other costs exceed the revenue (shut down at any price).', example: [39.53, 17.5, 0.02] },
];
