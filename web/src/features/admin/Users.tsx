import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, get, patch, post } from '../../app/api.js';
import { useLoad, useRegions } from '../../app/data.js';
import type { StaffRole } from '../../app/feature.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';
import { ConfirmButton, Modal } from '../../ui/Modal.js';

interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  regions: string[];
  disabled: boolean;
}

interface Draft {
  name: string;
  email: string;
  password: string;
  role: StaffRole;
  regions: string[];
}

/** Administración → Usuarios: list, add with role and regions, edit, disable. */
export function Users() {
  const { t } = useTranslation();
  const { me } = useSession();
  const regions = useRegions();
  const users = useLoad((signal) => get<{ users: StaffUser[] }>('/api/staff', { signal }), []);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<StaffUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const regionName = (code: string) => regions.find((region) => region.code === code)?.name ?? code;

  return (
    <>
      <PageHeader
        title={t('admin.users')}
        actions={<Button onClick={() => setAdding(true)}>{t('admin.addUser')}</Button>}
      />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <ErrorMessage error={users.error} />
      {users.loading && !users.data ? <Loading /> : null}
      {users.data ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('admin.email')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.regions')}</th>
                <th scope="col">{t('admin.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <tr key={user.id}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>
                    {user.role === 'national'
                      ? t('admin.allRegions')
                      : user.regions.map(regionName).join(', ')}
                  </td>
                  <td>
                    <span className="badge">
                      <span aria-hidden="true">{user.disabled ? '○' : '●'}</span>{' '}
                      {user.disabled ? t('admin.disabled') : t('admin.active')}
                    </span>
                  </td>
                  <td>
                    <div className="row-actions">
                      <Button
                        variant="link"
                        onClick={() => setEditing(user)}
                        aria-label={`${t('admin.edit')}: ${user.name}`}
                      >
                        {t('admin.edit')}
                      </Button>
                      {user.id !== me?.id ? (
                        <ConfirmButton
                          variant={user.disabled ? 'secondary' : 'danger'}
                          label={user.disabled ? t('admin.enable') : t('admin.disable')}
                          title={user.disabled ? t('admin.enable') : t('admin.disableTitle')}
                          message={
                            user.disabled
                              ? t('admin.enableMessage', { name: user.name })
                              : t('admin.disableMessage', { name: user.name })
                          }
                          onConfirm={async () => {
                            await patch(`/api/staff/${user.id}`, { disabled: !user.disabled });
                            setNotice(t('admin.saved'));
                            users.reload();
                          }}
                        />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <UserForm
        open={adding}
        user={null}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setNotice(t('admin.created'));
          users.reload();
        }}
      />
      <UserForm
        open={editing !== null}
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setNotice(t('admin.saved'));
          users.reload();
        }}
      />
    </>
  );
}

function UserForm({
  open,
  user,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: StaffUser | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const allRegions = useRegions();
  const regions =
    me?.role === 'national' ? allRegions : allRegions.filter((region) => me?.regions.includes(region.code));
  const roles: StaffRole[] =
    me?.role === 'national' ? ['national', 'regional', 'facilitator'] : ['regional', 'facilitator'];
  const [draft, setDraft] = useState<Draft>({
    name: '',
    email: '',
    password: '',
    role: 'facilitator',
    regions: [],
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [lastUser, setLastUser] = useState<StaffUser | null | undefined>(undefined);
  if (open && lastUser !== user) {
    setLastUser(user);
    setDraft(
      user
        ? { name: user.name, email: user.email, password: '', role: user.role, regions: user.regions }
        : {
            name: '',
            email: '',
            password: '',
            role: 'facilitator',
            regions: me?.role === 'national' ? [] : [...(me?.regions ?? [])],
          },
    );
    setSubmitted(false);
    setServerError(null);
  }

  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = t('admin.errName');
  if (!user && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) errors.email = t('admin.errEmail');
  if ((!user || draft.password) && draft.password.length < 10) errors.password = t('admin.errPassword');
  // Only the national team works without a region; every other account needs at least one.
  if (draft.role !== 'national' && draft.regions.length === 0) errors.regions = t('admin.errRegions');
  const server = fieldErrors(serverError);
  const shown = (key: string) => (submitted ? errors[key] : undefined) ?? server[key];

  return (
    <Modal
      title={user ? t('admin.editUser') : t('admin.addUser')}
      open={open}
      onClose={() => {
        setLastUser(undefined);
        onClose();
      }}
      submitLabel={t('common.save')}
      onSubmit={async () => {
        setSubmitted(true);
        setServerError(null);
        if (Object.keys(errors).length > 0) throw new Error(Object.values(errors)[0]);
        const regionsToSend = draft.role === 'national' ? [] : draft.regions;
        try {
          if (user)
            await patch(`/api/staff/${user.id}`, {
              name: draft.name.trim(),
              role: draft.role,
              regions: regionsToSend,
              ...(draft.password ? { password: draft.password } : {}),
            });
          else
            await post('/api/staff', {
              name: draft.name.trim(),
              email: draft.email.trim(),
              password: draft.password,
              role: draft.role,
              regions: regionsToSend,
            });
        } catch (reason) {
          setServerError(reason);
          throw reason;
        }
        setLastUser(undefined);
        onSaved();
      }}
    >
      <TextInput
        label={t('admin.name')}
        value={draft.name}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        error={shown('name')}
      />
      {user ? null : (
        <TextInput
          label={t('admin.email')}
          type="email"
          value={draft.email}
          onChange={(event) => setDraft({ ...draft, email: event.target.value })}
          error={shown('email')}
        />
      )}
      <TextInput
        label={user ? t('admin.newPassword') : t('admin.password')}
        hint={user ? t('admin.newPasswordHint') : t('admin.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={draft.password}
        onChange={(event) => setDraft({ ...draft, password: event.target.value })}
        error={shown('password')}
      />
      <Select
        label={t('admin.role')}
        value={draft.role}
        onChange={(event) => setDraft({ ...draft, role: event.target.value as StaffRole })}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      {draft.role === 'national' ? null : (
        <fieldset className={shown('regions') ? 'field-invalid' : ''}>
          <legend>{t('admin.regionsLegend')}</legend>
          <p className="hint">{t('admin.regionsHint')}</p>
          <div className="region-checks">
            {regions.map((region) => (
              <label key={region.code} className="check">
                <input
                  type="checkbox"
                  checked={draft.regions.includes(region.code)}
                  onChange={(event) =>
                    setDraft({
                      ...draft,
                      regions: event.target.checked
                        ? [...draft.regions, region.code]
                        : draft.regions.filter((code) => code !== region.code),
                    })
                  }
                />
                <span>{region.name}</span>
              </label>
            ))}
          </div>
          {shown('regions') ? (
            <p className="field-error" role="alert">
              ⚠ {shown('regions')}
            </p>
          ) : null}
        </fieldset>
      )}
    </Modal>
  );
}
