import type { AddressForm } from '../../../../lib/schema/profile';
import { t } from '../../i18n';

/** «на вы» or «на ты»: a radio group, so arrow keys move between the two. */
export function AddressFormField({ value, onChange }: { value: AddressForm; onChange: (value: AddressForm) => void }) {
  return (
    <fieldset className="profile-fieldset address-form">
      <legend>{t('profileAddress')}</legend>
      <label className="checkbox">
        <input type="radio" name="address-form" checked={value === 'vy'} onChange={() => onChange('vy')} />
        {t('profileAddressVy')}
      </label>
      <label className="checkbox">
        <input type="radio" name="address-form" checked={value === 'ty'} onChange={() => onChange('ty')} />
        {t('profileAddressTy')}
      </label>
      <p className="field-hint">{t('profileAddressHint')}</p>
    </fieldset>
  );
}
