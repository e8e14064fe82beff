/** Reads a browser File into a `data:<type>;base64,…` URL. */
export function readFileAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Cannot read the file'));
    reader.readAsDataURL(file);
  });
}
