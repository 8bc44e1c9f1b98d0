import { gpuTcoPerHourParams, gpuTcoUsdPerHour } from '../../core/hosting/gpu-tco-per-hour';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'GPU_TCO_PER_HOUR', result: 'number', unit: 'USD/GPU/hour', params: gpuTcoPerHourParams, core: gpuTcoUsdPerHour,
});

export const docs: FunctionDocs = [
  'Cost per sold GPU-hour: (capex × CRF + annual opex + kW per GPU × PUE × 8,760 × power price) ÷ (8,760 × utilization); power counts every hour, sold or not.',
  '販売したGPU時間あたりの費用：（設備投資 × 資本回収係数 + 年間運営費 + GPU 1基あたりkW × PUE × 8,760 × 電力価格）÷（8,760 × 稼働率）。電力は販売の有無にかかわらず毎時間計上。',
  { returns: 'USD per sold GPU-hour.', example: [25000, 5, 1.4, 1.3, 0.04, 0, 0.06, 0.9] },
  { utilization: ["Share of the year's hours sold, 0 to 1. Default 1. At 0 no hour carries the cost (#DIV/0!).", '年間のうち販売される時間の割合。0から1。既定値 1。0 では費用を負担する時間がありません（#DIV/0!）。', [0.3, 1]] },
];
