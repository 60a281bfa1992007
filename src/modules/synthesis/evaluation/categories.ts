/**
 * A subject category for each of the 80 Decide Madrid proposals in ../shared/data (by id), written
 * for this evaluation from each proposal's title and summary (Decide Madrid's export carries no
 * category column). Assigned once, before any clustering was scored on them, and not changed to
 * suit a result; a proposal that touches two subjects has the one its title names first.
 */
export const proposalCategories: Record<string, string> = {
  // Limpieza, basuras y reciclaje
  7: 'limpieza y residuos',
  86: 'limpieza y residuos',
  89: 'limpieza y residuos',
  109: 'limpieza y residuos',
  494: 'limpieza y residuos',
  629: 'limpieza y residuos',
  879: 'limpieza y residuos',
  1824: 'limpieza y residuos',
  2576: 'limpieza y residuos',
  3165: 'limpieza y residuos',
  6931: 'limpieza y residuos',
  19024: 'limpieza y residuos',
  19914: 'limpieza y residuos',
  // Animales y mascotas
  878: 'animales',
  1085: 'animales',
  1114: 'animales',
  1937: 'animales',
  2121: 'animales',
  2538: 'animales',
  4293: 'animales',
  4541: 'animales',
  // Bicicletas y vehículos personales
  50: 'bicicletas',
  615: 'bicicletas',
  1419: 'bicicletas',
  2513: 'bicicletas',
  8188: 'bicicletas',
  21171: 'bicicletas',
  23131: 'bicicletas',
  // Transporte público
  1121: 'transporte público',
  2412: 'transporte público',
  3078: 'transporte público',
  3587: 'transporte público',
  7482: 'transporte público',
  7633: 'transporte público',
  10996: 'transporte público',
  12131: 'transporte público',
  15970: 'transporte público',
  15978: 'transporte público',
  19853: 'transporte público',
  24954: 'transporte público',
  // Tráfico, coches, motos y calidad del aire
  61: 'tráfico y aire',
  2135: 'tráfico y aire',
  2445: 'tráfico y aire',
  3905: 'tráfico y aire',
  10687: 'tráfico y aire',
  25077: 'tráfico y aire',
  26787: 'tráfico y aire',
  // Calles, plazas, parques y obras
  19: 'espacio público',
  1266: 'espacio público',
  7382: 'espacio público',
  15711: 'espacio público',
  15996: 'espacio público',
  20389: 'espacio público',
  22742: 'espacio público',
  23219: 'espacio público',
  23704: 'espacio público',
  // Vivienda, impuestos y reparto de la riqueza
  417: 'impuestos y vivienda',
  507: 'impuestos y vivienda',
  900: 'impuestos y vivienda',
  965: 'impuestos y vivienda',
  1918: 'impuestos y vivienda',
  2524: 'impuestos y vivienda',
  3481: 'impuestos y vivienda',
  26277: 'impuestos y vivienda',
  // Religión, fiestas, identidades y derechos
  1284: 'religión, fiestas y derechos',
  2551: 'religión, fiestas y derechos',
  2944: 'religión, fiestas y derechos',
  10675: 'religión, fiestas y derechos',
  19170: 'religión, fiestas y derechos',
  // Ocio, comercio, ruido y turismo
  72: 'ocio, ruido y turismo',
  1863: 'ocio, ruido y turismo',
  7488: 'ocio, ruido y turismo',
  20657: 'ocio, ruido y turismo',
  21567: 'ocio, ruido y turismo',
  // Educación, bibliotecas e infancia
  8253: 'educación',
  8640: 'educación',
  11134: 'educación',
  // Energía y antenas
  152: 'energía y antenas',
  3044: 'energía y antenas',
  10195: 'energía y antenas',
};
