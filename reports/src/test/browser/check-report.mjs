// Opens a rendered arraybench report (index.html) in headless Chromium and checks that it looks right to a
// browser: every <img> decoded (naturalWidth > 0), no console errors, no page errors, no script elements,
// no request leaving the file (the page must be self-contained). Saves a full-page screenshot.
//
// Usage: node check-report.mjs REPORT_DIR SCREENSHOT_PNG [CHROMIUM]
import { chromium } from 'playwright-core';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportDir, screenshot, executable = '/usr/bin/chromium'] = process.argv.slice(2);
if (!reportDir || !screenshot) {
  console.error('usage: node check-report.mjs REPORT_DIR SCREENSHOT_PNG [CHROMIUM]');
  process.exit(2);
}
const index = resolve(reportDir, 'index.html');
await stat(index).catch(() => {
  console.error(`check-report: ${index}: no such file`);
  process.exit(2);
});

const problems = [];
const profile = await mkdtemp(join(tmpdir(), 'arraybench-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url().slice(0, 120)} (${request.failure()?.errorText})`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      return route.continue();
    }
    problems.push(`request leaving the page: ${url.slice(0, 120)}`);
    return route.abort();
  });
  await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
  const report = await page.evaluate(async () => {
    const images = Array.from(document.images);
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    return {
      title: document.title,
      scripts: document.scripts.length,
      images: images.map((image) => ({ alt: image.alt, width: image.naturalWidth, height: image.naturalHeight })),
    };
  });
  if (report.images.length === 0) {
    problems.push('no <img> on the page (expected the charts)');
  }
  for (const image of report.images) {
    if (!(image.width > 0 && image.height > 0)) {
      problems.push(`image did not load: "${image.alt}"`);
    }
  }
  if (report.scripts !== 0) {
    problems.push(`${report.scripts} <script> element(s) on the page (expected none)`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  const loaded = report.images.filter((image) => image.width > 0 && image.height > 0).length;
  console.log(`check-report: "${report.title}": ${loaded} of ${report.images.length} images loaded, `
    + `${problems.length} problem(s); screenshot ${screenshot}`);
} catch (error) {
  problems.push(`browser failed: ${error.message}`);
} finally {
  await context?.close().catch(() => undefined);
  await rm(profile, { recursive: true, force: true });
}
for (const problem of problems) {
  console.error(`check-report: ${problem}`);
}
process.exit(problems.length === 0 ? 0 : 1);
