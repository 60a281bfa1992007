/** Reading a submitted form: a field's trimmed text, or undefined when it was left empty. */
export const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();
export const optional = (form: FormData, key: string) => text(form, key) || undefined;
