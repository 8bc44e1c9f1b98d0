/**
 * A company card as Excel shows it: an entity value (Excel.EntityCellValue, ExcelApi 1.16)
 * whose text is the company's name and whose properties are its sourced figures, each a
 * formatted number carrying its unit in the format and the card's sublabel, and its as-of
 * date and source URL in the property's attribution; its contracts and notes are arrays. The
 * card opens on the headline figures. Typed against @types/office-js, so the build checks
 * the shape against Microsoft's own types.
 */
import type { CardFigure, CompanyCard } from '../../core/data/company-card';
import type { DataCell } from '../../core/data/lookup';
import { numberFormatOf } from '../number-format';

/** The figures the card shows first, when the company has them. */
const headlineFields: readonly string[] = ['hashrate_ehs', 'power_capacity_mw', 'energized_mw', 'ai_contracted_it_mw', 'btc_holdings'];

/** Where a figure comes from: its host names the source in the card, the full URL links to it. */
function sourceText(url: string): string {
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1];
  return host ?? url;
}

function figureProperty(figure: CardFigure): Excel.DoubleCellValue & Excel.EntityPropertyExtraProperties {
  return {
    type: 'Double',
    basicValue: figure.value as number,
    numberFormat: numberFormatOf(figure.unit),
    propertyMetadata: {
      sublabel: `${figure.unit}, as of ${figure.as_of}`,
      attribution: [{ sourceAddress: figure.source, sourceText: sourceText(figure.source) }],
    },
  };
}

function cellOf(cell: DataCell): Excel.CellValue {
  return typeof cell === 'number' ? { type: 'Double', basicValue: cell } : { type: 'String', basicValue: cell };
}

function arrayOf(rows: readonly DataCell[][]): Excel.ArrayCellValue {
  return { type: 'Array', elements: rows.map((row) => row.map(cellOf)) };
}

function text(value: string): Excel.StringCellValue {
  return { type: 'String', basicValue: value };
}

/** The entity value of a company card: COMPANY_CARD's result where Excel shows data types. */
export function companyEntity(card: CompanyCard): Excel.EntityCellValue {
  const properties: Record<string, Excel.EntityPropertyType> = { ticker: text(card.ticker), name: text(card.name) };
  for (const figure of card.figures) properties[figure.field] = figureProperty(figure);
  if (card.contracts.length > 0) properties.contracts = arrayOf(card.contracts);
  if (card.notes.length > 0) properties.notes = arrayOf(card.notes);
  const fields = card.figures.map((figure) => figure.field);
  const headline = headlineFields.filter((field) => fields.includes(field));
  const others = fields.filter((field) => !headline.includes(field));
  const tables = ['contracts', 'notes'].filter((name) => name in properties);
  return {
    type: 'Entity',
    text: card.name,
    properties,
    layouts: {
      card: {
        title: { property: 'name' },
        sections: [
          { layout: 'List', properties: ['ticker', ...headline] },
          ...(others.length > 0 ? [{ layout: 'List' as const, title: 'All figures', collapsed: true, properties: others }] : []),
          ...(tables.length > 0 ? [{ layout: 'List' as const, title: 'Contracts and notes', collapsed: true, properties: tables }] : []),
        ],
      },
    },
    provider: { description: 'Hashwatt company presets: each figure links to its source' },
  };
}
