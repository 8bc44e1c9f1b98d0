/**
 * Whether the Excel running the functions shows data types (entity and formatted number
 * values): those of ExcelApi 1.16, Microsoft 365 on Windows, Mac and the web. Older builds and
 * perpetual Office answer no, as does any place without Office (the CLI, Node): there a
 * function answers in plain numbers and text.
 */
export const dataTypesApi = { set: 'ExcelApi', version: '1.16' } as const;

export function hostShowsDataTypes(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported(dataTypesApi.set, dataTypesApi.version);
}
