/**
 * The anchor of bench/csvScore.bench.ts: what an analyst would do instead of Tiers, DuckDB
 * reading the same order CSV end to end and computing the per-customer aggregates (distinct
 * orders, sales, profit, last order date), ABC (cumulative share of sales before each customer:
 * < 75 % A, < 95 % B) and RFM (type-7 quintile breaks, as domain.bench.ts), the result written to
 * a CSV file. Run in a child process so its time and peak memory are its own.
 * main([orders.csv, out.csv, asOf as YYYY-MM-DD]).
 *
 * floor([orders file]): the floor of any CLI that, like ours, has DuckDB only parse the file and
 * streams every line into JavaScript (issue 17: "streamed into the same columnar order table"):
 * DuckDB reading the file with the types its sniffer finds, on one thread as our read does, every
 * chunk fetched into JavaScript and each column's vector taken, nothing done with them. What it
 * costs is spent before any check, interning, measure, model or output of ours.
 */
import { DuckDBInstance } from '@duckdb/node-api';

const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function anchorSql(csv: string, out: string, asOf: string): string {
  return `COPY (
    WITH agg AS (
      SELECT "Customer ID" AS customer_id, count(DISTINCT "Order ID") AS orders, sum("Amount") AS sales,
        sum("Profit") AS profit, max("Order date") AS last_day
      FROM read_csv(${sqlText(csv)}, header = true) GROUP BY "Customer ID"
    ), abc AS (
      SELECT *, CASE
        WHEN coalesce(sum(sales) OVER w, 0) / (SELECT sum(sales) FROM agg) < 0.75 THEN 'A'
        WHEN coalesce(sum(sales) OVER w, 0) / (SELECT sum(sales) FROM agg) < 0.95 THEN 'B' ELSE 'C' END AS abc
      FROM agg WINDOW w AS (ORDER BY sales DESC, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ), v AS (
      SELECT *, DATE ${sqlText(asOf)} - last_day AS recency FROM abc
    ), q AS (
      SELECT quantile_cont(recency, [0.2, 0.4, 0.6, 0.8]) AS rq, quantile_cont(orders, [0.2, 0.4, 0.6, 0.8]) AS fq,
        quantile_cont(sales, [0.2, 0.4, 0.6, 0.8]) AS mq FROM v
    )
    SELECT customer_id, orders, sales, profit, last_day, abc,
      5 - ((recency >= rq[1] + 1)::INT + (recency >= rq[2] + 1)::INT + (recency >= rq[3] + 1)::INT + (recency >= rq[4] + 1)::INT) AS r,
      1 + (orders >= fq[1] + 1)::INT + (orders >= fq[2] + 1)::INT + (orders >= fq[3] + 1)::INT + (orders >= fq[4] + 1)::INT AS f,
      1 + (sales >= mq[1] + 1)::INT + (sales >= mq[2] + 1)::INT + (sales >= mq[3] + 1)::INT + (sales >= mq[4] + 1)::INT AS m
    FROM v, q ORDER BY customer_id
  ) TO ${sqlText(out)} (HEADER)`;
}

export async function main(args: readonly string[]): Promise<void> {
  const [csv, out, asOf = '2026-01-01'] = args;
  if (!csv || !out) throw new Error('usage: duckdbCsvAnchor.ts orders.csv out.csv [asOf]');
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(anchorSql(csv, out, asOf));
  db.closeSync();
  instance.closeSync();
}

export async function floor(args: readonly string[]): Promise<void> {
  const [file] = args;
  if (!file) throw new Error('usage: duckdbCsvAnchor.ts floor orders.csv|orders.parquet');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  const read = file.toLowerCase().endsWith('.parquet') ? `read_parquet(${sqlText(file)})` : `read_csv(${sqlText(file)}, header = true)`;
  const result = await db.stream(`SELECT * FROM ${read}`);
  let lines = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (let c = 0; c < chunk.columnCount; c++) chunk.getColumnVector(c);
    lines += chunk.rowCount;
  }
  db.closeSync();
  instance.closeSync();
  if (lines === 0) throw new Error(`DuckDB read no lines of ${file}`);
}
