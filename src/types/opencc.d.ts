// opencc-js publishes its dictionaries as plain string modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
