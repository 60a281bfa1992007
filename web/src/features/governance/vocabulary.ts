/** The estates a council seat belongs to, and the states of an agreement (the server's values; labels in messages). */
export const estates = [
  'trabajadores_ocupados',
  'trabajadores_desocupados',
  'empleadores',
  'sociedad_civil',
  'organismos_capacitacion',
  'sector_publico',
];

export const statuses = ['pendiente', 'en_curso', 'cumplido', 'descartado'];
