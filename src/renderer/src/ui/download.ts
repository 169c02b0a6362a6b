/** Offering a file to the browser's downloads (browser edition): text, or bytes sent as base64. */

/** Downloads `text`, or the bytes of `base64` when given; the object URL is released afterwards. */
export function downloadFile(fileName: string, mediaType: string, text: string, base64?: string): void {
  const body = base64 === undefined ? text : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([body], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
