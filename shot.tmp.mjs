import { chromium } from '@playwright/test';
const [,, path, out, ...actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
page.on('console', m => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
await page.goto('http://127.0.0.1:4324/' + path);
await page.waitForTimeout(2500);
for (const a of actions) {
  if (a.startsWith('upload:')) await page.locator('input[type=file]').setInputFiles(a.slice(7));
  if (a.startsWith('click:')) await page.locator(a.slice(6)).first().click();
  await page.waitForTimeout(800);
}
const clipY = Number(process.env.CLIPY ?? 0); await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: clipY, width: 1440, height: 1300 } });
await browser.close();
