// Vite's `?url` imports (Storybook serves the file and gives its address).
declare module '*?url&no-inline' {
  const url: string;
  export default url;
}
