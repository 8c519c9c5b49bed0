// The spreadsheet (CSV) form of a dataset: one row per event, everything the event needs on
// its row, so that rows can be sorted, filtered and edited freely in a spreadsheet. This
// file is its public face; each job lives in a file of its own:
// - csvColumns: the columns and their documentation; csvCells: what goes inside a cell;
// - csvExport: dataset → CSV, and what that leaves out;
// - csvImport (with csvTable, csvRow, csvSources, csvChecks): CSV → dataset.
export {
  CSV_COLUMNS,
  CSV_CONVENTIONS,
  csvColumnsTable,
  csvHeader,
  type CsvColumn,
} from "./csvColumns.ts";
export { formatPerson, joinList, parsePerson, splitList } from "./csvCells.ts";
export { csvLosses, datasetToCsv } from "./csvExport.ts";
export {
  csvToDataset,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvProblem,
} from "./csvImport.ts";
