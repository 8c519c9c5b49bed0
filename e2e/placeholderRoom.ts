// How much room a text field's placeholder has left in its box, in CSS pixels, measured in
// the placeholder's own font: below zero, the reader sees it cut off.
import type { Locator } from "@playwright/test";

export function placeholderRoom(field: Locator): Promise<number> {
  return field.evaluate((input: HTMLInputElement) => {
    const font = getComputedStyle(input, "::placeholder");
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
    const box = getComputedStyle(input);
    const inner = input.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
    return inner - context.measureText(input.placeholder).width;
  });
}
