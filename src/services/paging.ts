/** One page of a longer result, with the total count. */
export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
  /** More than `total` rows match: counting stopped at `total` (pages reach that far). */
  more?: boolean;
}

/** Rows per page of a listing. */
export const PAGE_SIZE = 5;

export function pageOf<T>(rows: T[], total: number, page: number, size = PAGE_SIZE, more = false): Page<T> {
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / size)), ...(more ? { more } : {}) };
}

/** LIMIT and OFFSET of page `page` (1-based). */
export function window(page: number, size = PAGE_SIZE): { limit: number; offset: number } {
  return { limit: size, offset: (page - 1) * size };
}
