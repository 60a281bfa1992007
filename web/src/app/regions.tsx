import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../ui/index.js';
import { useRegions } from './data.js';
import { useSession } from './session.js';

/** The region a page works on: the top selector's, else the person's only region, else the page's own choice. */
export function useWorkingRegion() {
  const { me, region: selected } = useSession();
  const [chosen, setChosen] = useState('');
  const only = me && me.role !== 'national' && me.regions.length === 1 ? me.regions[0] : '';
  const region = selected || only || chosen;
  return { region, setRegion: setChosen, fixed: !!(selected || only) };
}

/** A region picker among the regions the person sees (hidden when the region is already fixed). */
export function RegionPicker({
  value,
  onChange,
  allowAll,
}: {
  value: string;
  onChange: (code: string) => void;
  allowAll?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const regions = useRegions().filter((region) => me?.regions.includes(region.code));
  return (
    <div className="toolbar">
      <Select
        label={t('common.region')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: '', label: allowAll ? t('common.allRegions') : t('common.chooseRegion') },
          ...regions.map((region) => ({ value: region.code, label: region.name })),
        ]}
      />
    </div>
  );
}

export function useRegionName() {
  const regions = useRegions();
  return (code: string | null | undefined) =>
    regions.find((region) => region.code === code)?.name ?? code ?? '';
}

/** Whether the person may change things in a region (the server checks again). */
export function useCanManage() {
  const { me } = useSession();
  return (region: string) => !!me && me.role !== 'facilitator' && me.regions.includes(region);
}
