/**
 * Connect's `Content-Range: items <first>-<last>/<total>` (django-rql's
 * RQLContentRangeLimitOffsetPagination), which Connect's SDKs and runner read the total from.
 *
 * An empty page is `items <offset>-<offset>/<total>` — so `items 0-0/0` for no rows and
 * `items 0-0/245` for limit=0 — not RFC 7233's `*\/245` nor `0--1/0`: Connect answers this way,
 * and its Python SDK parses the header as `int(first), int(last)`, which `0--1` would break.
 *
 * @param offset the `skip` of the query (0 for limit=0, see buildListQuery)
 * @param count  how many items this response carries
 * @param total  how many items match the filter overall
 */
export function contentRange(offset: number, count: number, total: number): string {
  return `items ${offset}-${offset + Math.max(count - 1, 0)}/${total}`;
}
