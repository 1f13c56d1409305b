export { csvResponses, csvOf, CSV_TYPE } from './csv-responses.js';
export { CSV_LISTS, COUNTRY_LISTS, type CsvList, type CsvRows } from './csv-lists.js';
export { csvText, csvField, UTF8_BOM } from './csv-text.js';
export { tableOf, columnsOf, cellOf, ITEM_SEPARATOR, type Table } from './table-of.js';
export { csvFormatQuery, countryCsvQuery, COUNTRY_LIST_NAMES } from './csv-params.js';
