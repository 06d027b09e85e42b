// PNG from the SVG drawing with resvg, using the system's fonts (a CJK font such as fonts-noto-cjk must be installed).
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string, width = 1200): Buffer {
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }, background: '#ffffff' });
  return Buffer.from(r.render().asPng());
}
