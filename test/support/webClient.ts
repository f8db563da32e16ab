/** jest setupFiles of the excel-web-16.00 project (jest.config.js): officeJs.ts then loads that client library. */
process.env.OFFICE_JS = 'excel-web-16.00';
