/** Files imported with `?source` are bundled as their text (webpack asset/source). */
declare module '*?source' {
  const text: string;
  export default text;
}
