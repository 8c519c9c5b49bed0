import { describe, expect, it } from "vitest";
import { citableUrl, htmlToText } from "./htmlToText.ts";

describe("htmlToText", () => {
  it("keeps the text, decodes entities and collapses whitespace", () => {
    expect(
      htmlToText("  Hello&nbsp;<b>bold</b>\n\n  &amp; <i>co</i>&#8230; &lt;tag&gt; ").text,
    ).toBe("Hello bold & co… <tag>");
  });

  it("turns paragraphs, <br> and list items into lines", () => {
    expect(
      htmlToText("<p>One</p><p>Two<br>Three<br/>Four</p><ul><li>a</li><li>b</li></ul>").text,
    ).toBe("One\nTwo\nThree\nFour\na\nb");
  });

  it("drops scripts, styles and other non-content elements", () => {
    const html =
      '<style>p { color: red }</style><p>Kept</p><script>alert("x")</script><noscript>no</noscript><iframe src="https://x.example/">frame</iframe>';
    expect(htmlToText(html).text).toBe("Kept");
  });

  it("extracts http(s) links with their text, and images with their alt text", () => {
    const result = htmlToText(
      '<a href="https://www.people.com/a">People  <b>reports</b></a>, <a href="http://x.example/">x</a> <a href="https://y.example/"></a> <img src="https://img.example/p.jpg" alt="Photo">',
    );
    expect(result.links).toEqual([
      { href: "https://www.people.com/a", text: "People reports" },
      { href: "http://x.example/", text: "x" },
      { href: "https://y.example/", text: "" },
      { href: "https://img.example/p.jpg", text: "Photo" },
    ]);
    expect(result.text).toBe("People reports, x Photo");
    expect(result.ignored).toEqual([]);
  });

  it("lists links and images it does not keep", () => {
    const result = htmlToText(
      '<a href="mailto:a@b.example">mail</a> <a href="/relative">rel</a> <a href="javascript:alert(1)">js</a> <img src="local.png"> <a>no href</a>',
    );
    expect(result.links).toEqual([]);
    expect(result.ignored).toEqual([
      "mailto:a@b.example",
      "/relative",
      "javascript:alert(1)",
      "local.png",
    ]);
    expect(result.text).toBe("mail rel js no href");
  });

  it("survives broken markup", () => {
    expect(htmlToText('<p>Open <a href="https://x.example/">link <b>never closed').text).toBe(
      "Open link never closed",
    );
    expect(htmlToText("").text).toBe("");
    expect(htmlToText("a < b > c").text).toBe("a < b > c");
  });

  it("knows a citable link: http(s), protocol-relative taken as https, nothing the validator refuses", () => {
    expect(citableUrl("https://x.example/a")).toBe("https://x.example/a");
    expect(citableUrl("//x.example/a")).toBe("https://x.example/a");
    expect(citableUrl("ftp://x.example/")).toBeNull();
    expect(citableUrl("x.example")).toBeNull();
    expect(citableUrl("/a")).toBeNull();
    expect(citableUrl("https://www.bbc.co.uk@evil.example/")).toBeNull();
    expect(citableUrl("//www.bbc.co.uk@evil.example/")).toBeNull();
  });

  it("keeps protocol-relative links and images as https", () => {
    expect(
      htmlToText('<a href="//x.example/a">A</a><img src="//x.example/i.png" alt="I">').links,
    ).toEqual([
      { href: "https://x.example/a", text: "A" },
      { href: "https://x.example/i.png", text: "I" },
    ]);
  });
});
