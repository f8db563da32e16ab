// The dev server serves https://localhost:3000 with Office's development certificates (office-addin-dev-certs),
// as Office requires for sideloaded add-ins. When they cannot be made (no trust store, CI), fall back to
// http so the workbench still runs; Excel itself will refuse an http task pane.
async function devServerHttps() {
  if (process.env.TIERS_HTTP === '1') return 'http';
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(`Development certificates unavailable (${error && error.message}); serving over http.`);
    return 'http';
  }
}

module.exports = { devServerHttps };
