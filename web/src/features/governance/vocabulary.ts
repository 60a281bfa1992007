/** The governance vocabulary (the server's values; labels in messages): council estates, agreement states, ladder levels, device types. */
export const estates = [
  'trabajadores_ocupados',
  'trabajadores_desocupados',
  'empleadores',
  'sociedad_civil',
  'organismos_capacitacion',
  'sector_publico',
];

export const statuses = ['pendiente', 'en_curso', 'cumplido', 'descartado'];

/** The participation ladder, lowest first. */
export const levels = ['informar', 'consultar', 'involucrar', 'colaborar', 'empoderar'];

export const deviceTypes = [
  'dialogo_innovacion_ciudadana',
  'consejo_regional',
  'consulta_en_linea',
  'mesa_tecnica',
  'cuenta_publica_participativa',
];
