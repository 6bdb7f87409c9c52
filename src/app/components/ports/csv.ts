// The app's CSV rules live in one place (src/app/export/csv.ts); the Ports page's names stay for its callers.
export { csvCell, downloadText, toCsv } from '../../export/csv.ts';
