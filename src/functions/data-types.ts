/**
 * Whether the Excel running the functions shows data types (entity and formatted number
 * values): those of ExcelApi 1.16, Microsoft 365 on Windows, Mac and the web. Older builds and
 * perpetual Office answer no, as does any place without Office (the CLI, Node): there a
 * function answers in plain numbers and text.
 */
export const dataTypesApi = { set: 'ExcelApi', version: '1.16' } as const;

// The host's answer does not change while it runs: it is asked once per requirements object
// (a formula grid calls the functions many times), and again only if Office is replaced.
let askedOf: unknown;
let answer = false;

export function hostShowsDataTypes(): boolean {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  if (requirements !== askedOf) {
    askedOf = requirements;
    answer = typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported(dataTypesApi.set, dataTypesApi.version);
  }
  return answer;
}
