export interface SuiteContext {
  root: string;
  row(values: Record<string, string | number | null>): void;
  note(text: string): void;
}
