// Discovery and deployment: the page links a static oEmbed answer and carries a social card,
// and both pages run under the Content-Security-Policy that public/_headers publishes.
import { readFileSync } from "node:fs";
import { EMBED_ORIGIN } from "./articleServer.ts";
import { expect, realDataset, test } from "./test.ts";
import { ARTICLE_ORIGIN, expectBox, frameOf, runArticleServer } from "./embedArticle.ts";

runArticleServer();

test.describe("discovery and deployment", () => {
  test("the page links a static oEmbed answer and carries a social card", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const oembedLink = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const href = new URL((await oembedLink.getAttribute("href"))!);
    expect(href.pathname).toBe("/oembed/de-armas-cruise-2025.json");
    const answer = (await (await request.get(href.pathname)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Rumor Timeline",
      title: realDataset.title,
      width: 640,
      height: 600,
    });
    expect(answer.html).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\.html\?data=[^"]+&amp;height=600" title="Timeline: [^"]+" width="100%" height="600"/,
    );

    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    expect(await meta("og:title")).toContain(realDataset.title);
    expect(await meta("og:description")).toBeTruthy();
    expect(await meta("og:image:alt")).toBeTruthy();
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("twitter:image:alt")).toBeTruthy();
    const image = await request.get(new URL((await meta("og:image"))!).pathname);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("both pages run under the Content-Security-Policy of public/_headers", async ({ page }) => {
    const headers = readFileSync(new URL("../public/_headers", import.meta.url), "utf8");
    const policyFor = (path: string) =>
      new RegExp(`^${path.replace(/\./g, "\\.")}\\n  Content-Security-Policy: (.+)$`, "m").exec(
        headers,
      )![1]!;
    // The preview server sends no such headers; add them as a static host would.
    for (const [path, policy] of [
      ["/", policyFor("/")],
      ["/embed.html", policyFor("/embed.html")],
    ] as const) {
      await page.route(
        (url) => url.origin === EMBED_ORIGIN && url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({
            response,
            headers: { ...response.headers(), "content-security-policy": policy },
          });
        },
      );
    }
    // Any violation is a console error, which fails the test.
    await page.goto("/?theme=dark&event=soho-dinner");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Embed in an article" }).click();
    await expectBox(page, ".share-preview-frame", 600);

    await page.goto(`${ARTICLE_ORIGIN}/article.html`);
    await page.locator("#second").scrollIntoViewIfNeeded();
    await expect(page.locator("#second")).toHaveAttribute("data-rumor-timeline-ready", "");
    const frame = await frameOf(page, "#second iframe");
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });
});
