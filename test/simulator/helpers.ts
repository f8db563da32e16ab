import { createSimulator, type WorkbookInit } from '../../src/simulator';

export const customersInit = (): WorkbookInit => ({
  sheets: [
    {
      name: 'Customers',
      rows: [
        ['Id', 'Name', 'Country'],
        ['C1', 'Acme', 'CN'],
        ['C2', 'Beta', 'DE'],
      ],
    },
    {
      name: 'Orders',
      rows: [
        ['Order', 'Customer', 'Amount'],
        ['O1', 'C1', 100],
        ['O2', 'C2', 250],
      ],
    },
  ],
});

export const newSim = (init: WorkbookInit = customersInit()) => createSimulator(init);

/** Expects a promise to reject with an error whose `code` is `code`. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}
