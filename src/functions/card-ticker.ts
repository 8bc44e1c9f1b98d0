/**
 * The ticker a company card stands for. COMPANY_CARD returns an entity value whose `ticker`
 * property holds the ticker as text; Excel hands that entity, as JSON, to a parameter typed
 * `any` (allowCustomDataForDataTypeAny), so a cell holding a card works wherever a ticker does.
 */

/** A property value as Excel passes it: a text cell value ({ type: "String", basicValue }) or plain text. */
function textOf(property: unknown): string | undefined {
  if (typeof property === 'string') return property;
  if (property && typeof property === 'object' && (property as { type?: unknown }).type === 'String') {
    const text = (property as { basicValue?: unknown }).basicValue;
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

/** The ticker of an entity value holding a `ticker` text property; undefined for anything else. */
export function tickerOfCard(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entity = value as { type?: unknown; properties?: Record<string, unknown> };
  if (entity.type !== 'Entity' || !entity.properties || typeof entity.properties !== 'object') return undefined;
  return textOf(entity.properties.ticker);
}
