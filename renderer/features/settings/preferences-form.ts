// The Preferences form's numbers: text in the fields, checked against the settings schema's limits with plain messages.
import type { Settings } from '../../../shared/settings.ts';

export interface NumberField {
  key: 'syncIntervalMinutes' | 'imageBudgetMB' | 'maxImageMB';
  min: number;
  max: number;
  /** Says what the number is, for the message when it is out of range. */
  noun: string;
}

export const numberFields: Record<NumberField['key'], NumberField> = {
  syncIntervalMinutes: {
    key: 'syncIntervalMinutes',
    min: 5,
    max: 7 * 24 * 60,
    noun: 'The sync interval',
  },
  imageBudgetMB: { key: 'imageBudgetMB', min: 0, max: 1_000_000, noun: 'The space for images' },
  maxImageMB: { key: 'maxImageMB', min: 1, max: 100, noun: 'The largest image' },
};

export type NumberTexts = Record<NumberField['key'], string>;

export function textsFrom(settings: Settings): NumberTexts {
  return {
    syncIntervalMinutes: String(settings.syncIntervalMinutes),
    imageBudgetMB: String(settings.imageBudgetMB),
    maxImageMB: String(settings.maxImageMB),
  };
}

/** The number in a field, or the sentence that says what is wrong with it. */
export function parseField(
  field: NumberField,
  text: string,
): { value: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: `${field.noun} must be a whole number.` };
  const value = Number(trimmed);
  if (value < field.min || value > field.max) {
    return {
      problem: `${field.noun} must be between ${field.min.toLocaleString()} and ${field.max.toLocaleString()}.`,
    };
  }
  return { value };
}
