/**
 * The structure every reader yields, whatever the file format: a flat list of blocks in reading
 * order. Tables survive as rows of cells because owners, dates and RAG ratings live in them.
 */
export type BlockType = 'heading' | 'paragraph' | 'list-item' | 'row' | 'marker';

export interface Block {
  type: BlockType;
  /** Plain text; for a row, the non-empty cells joined with " | ". */
  text: string;
  /** Row cells in column order (empty cells kept so columns line up). */
  cells?: string[];
  /** Agenda-item marker from a committee system (`<AI3>` opens item 3, `</AI3>` closes it). */
  marker?: { item: string; closing: boolean };
  /** Heading depth where the format says (1 = a title); absent for headings guessed from capitals. */
  level?: number;
  /** 1-based page number, where the format has pages. */
  page?: number;
  /** Plain text only: two or more blank lines came before this block (a break between one table or list and the next). */
  afterBreak?: boolean;
  /** A page header or footer the format keeps apart from the body (Word's header and footer parts). */
  running?: boolean;
}

export type SourceFormat = 'text' | 'markdown' | 'docx' | 'pdf' | 'html' | 'xlsx' | 'csv';

export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
}

export function rowBlock(cells: string[], page?: number): Block {
  const trimmed = cells.map((c) => c.trim());
  const block: Block = { type: 'row', text: trimmed.filter(Boolean).join(' | '), cells: trimmed };
  if (page !== undefined) block.page = page;
  return block;
}
