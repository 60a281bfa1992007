import { z } from 'zod';
import { regionCodes } from '../regions/index.js';

export const roleSchema = z.enum(['national', 'regional', 'facilitator']);
export const regionCodeSchema = z.enum(regionCodes as [string, ...string[]]);
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const passwordSchema = z.string().min(10).max(200);

export const newStaffSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  password: passwordSchema,
  role: roleSchema,
  regions: z.array(regionCodeSchema).max(16).default([]),
  locale: z.enum(['es', 'en']).default('es'),
});
export type NewStaff = z.infer<typeof newStaffSchema>;

export const staffPatchSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  role: roleSchema.optional(),
  regions: z.array(regionCodeSchema).max(16).optional(),
  locale: z.enum(['es', 'en']).optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type StaffPatch = z.infer<typeof staffPatchSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
  /** The authenticator app's 6-digit code, for an account with a second factor. */
  code: z.string().trim().max(10).optional(),
});
export const totpCodeSchema = z.object({ code: z.string().trim().min(1).max(10) });
export const firstAdminSchema = newStaffSchema.omit({ role: true, regions: true });
