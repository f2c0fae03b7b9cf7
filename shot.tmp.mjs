import { chromium } from '@playwright/test';
const [,, path, out, w='1440', h='1000', action=''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => { if (m.type()==='error') console.log('console error:', m.text()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:4323' + path);
await page.waitForTimeout(4000);
if (action) { await eval(action); await page.waitForTimeout(800); }
await page.screenshot({ path: out, fullPage: false });
await browser.close();
