/** A plain, large synthetic order sheet (12 columns) and customer sheet, for payload tests and the bench. */
export const ORDER_HEADERS = ['Order ID', 'Customer ID', 'Order date', 'Amount', 'Profit', 'Quantity', 'Product line', 'Credit days', 'Paid date', 'Documents received', 'Arrears', 'Discount'];

export function largeOrders(rows: number, customers: number): (string | number)[][] {
  const out: (string | number)[][] = [ORDER_HEADERS];
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const day = 44927 + Math.floor(rand() * 1000); // 2023-01-01 onwards, Excel serials
    const amount = Math.round(rand() * 100000) / 100;
    out.push([
      `O${String(i + 1).padStart(7, '0')}`,
      `C${String(Math.floor(rand() * customers) + 1).padStart(6, '0')}`,
      day,
      amount,
      Math.round(amount * (rand() * 0.4 - 0.05) * 100) / 100,
      Math.floor(rand() * 500) + 1,
      ['Outdoor furniture', 'Lighting', 'Bathroom fittings', 'Kitchen'][Math.floor(rand() * 4)]!,
      [0, 30, 60, 90][Math.floor(rand() * 4)]!,
      day + 20 + Math.floor(rand() * 80),
      day + 10 + Math.floor(rand() * 20),
      rand() < 0.1 ? Math.round(amount * 50) / 100 : 0,
      Math.round(rand() * 10) / 100,
    ]);
  }
  return out;
}

export function largeCustomers(customers: number): (string | number)[][] {
  const out: (string | number)[][] = [['Customer ID', 'Company name', 'Country']];
  for (let i = 1; i <= customers; i++) out.push([`C${String(i).padStart(6, '0')}`, `Company ${i}`, ['China', 'Italy', 'India', 'Germany'][i % 4]!]);
  return out;
}
