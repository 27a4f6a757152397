import ExcelJS from 'exceljs';

import { actionLogRows } from '../../src/export/action-log';
import { type DemoServer, startDemoServer } from '../helpers/demo-server';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ roster: 'demo' });
});
afterAll(() => demo.stop());

const get = (p: string, member: string) => fetch(`${demo.server.url}${p}`, { headers: { 'X-Board-Member': member } });

test('the tab Review view and the action-log download are the clerk’s: a table per document with the source line, and the xlsx as the library has it', async () => {
  expect((await get('/api/tab/review', 'Priya Sandhu')).status).toBe(403);
  expect((await get('/api/tab/export?format=xlsx', 'Priya Sandhu')).status).toBe(403);
  const review = (await (await get('/api/tab/review', 'Joanne Whitaker')).json()) as {
    documents: { document: string; actions: { ref: string | null; source: string; doubts: string[] }[] }[];
    boards: { key: string }[];
  };
  const oct = review.documents.find((d) => d.document === '2026-10-15-strategic-board-minutes.md')!;
  const a312 = oct.actions.find((a) => a.ref === '312')!;
  expect(a312.source).toContain('312');
  expect(Array.isArray(a312.doubts)).toBe(true);

  const res = await get(`/api/tab/export?board=${review.boards[0]!.key}&format=xlsx`, 'Joanne Whitaker');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="nscp-action-log-2026-11-24\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const cells: (string | null)[][] = [];
  wb.worksheets[0]!.eachRow((row, n) => {
    if (n > 1) cells.push(Array.from({ length: 11 }, (_, i) => (row.getCell(i + 1).value === null ? null : String(row.getCell(i + 1).value))));
  });
  expect(cells).toEqual(await actionLogRows(demo.library, review.boards[0]!.key));
  expect((await get('/api/tab/export?format=pdf', 'Joanne Whitaker')).status).toBe(400);
});
