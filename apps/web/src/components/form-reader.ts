/** Reads a submitted form's fields by name: the trimmed text, or undefined when empty or not text. */
export function formReader(form: HTMLFormElement): (name: string) => string | undefined {
  const data = new FormData(form);
  return (name) => {
    const value = data.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
}
