import { expect, test } from './support/pages';

// The destinations are server HTML (components/destinations/destination-list.tsx): the browser
// hydrates only the search box, which hides what does not match.
test.describe('the destinations list and its search', () => {
  test('the server sends every destination as a link, and no script is needed to follow one', async ({ page, request }) => {
    const html = await (await request.get('/en')).text();
    const links = [...html.matchAll(/<a href="\/en\/countries\/(\d{3})"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(50);
    expect(new Set(links).size).toBe(links.length);
    expect(links).toContain('440');
    // The same list in a browser that runs no script.
    await page.context().route('**/*.js', (route) => route.abort());
    await page.goto('/en');
    await expect(page.getByRole('main').getByRole('link', { name: /Japan/ })).toHaveAttribute('href', '/en/countries/440');
  });

  test('typing hides what does not match, groups left empty too, and says when nothing does', async ({ page, home }) => {
    await page.goto('/en');
    const main = page.getByRole('main');
    const all = await main.getByRole('link').count();
    const allCount = await home.resultCount.textContent();
    expect(allCount).toBe(`${all} destinations`);

    await home.searchFor('jap');
    await expect(home.resultCount).toHaveText('1 destination');
    await expect(main.getByRole('link')).toHaveCount(1);
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(['Asia']);

    await home.searchFor('zzzz');
    await expect(home.resultCount).toHaveText('No destination matches');
    await expect(main.getByText('No destination matches “zzzz”.')).toBeVisible();
    await expect(main.getByRole('link')).toHaveCount(0);
    await expect(main.getByRole('heading', { level: 2 })).toHaveCount(0);

    await home.searchFor('');
    await expect(home.resultCount).toHaveText(allCount ?? '');
    await expect(main.getByRole('link')).toHaveCount(all);
  });
});
