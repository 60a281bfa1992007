/**
 * The words the demo generator combines. Written for Minga: plausible ideas of a Chilean dialogue
 * on training and employment, and organisation names that exist nowhere in particular.
 */
export const regionPlaces: Record<string, string[]> = {
  'CL-AP': ['Arica', 'Putre', 'Camarones'],
  'CL-TA': ['Iquique', 'Alto Hospicio', 'Pozo Almonte'],
  'CL-AN': ['Antofagasta', 'Calama', 'Tocopilla'],
  'CL-AT': ['Copiapó', 'Vallenar', 'Caldera'],
  'CL-CO': ['La Serena', 'Coquimbo', 'Ovalle'],
  'CL-VS': ['Valparaíso', 'Viña del Mar', 'San Antonio'],
  'CL-RM': ['Santiago', 'Puente Alto', 'Maipú'],
  'CL-LI': ['Rancagua', 'San Fernando', 'Pichilemu'],
  'CL-ML': ['Talca', 'Curicó', 'Linares'],
  'CL-NB': ['Chillán', 'San Carlos', 'Bulnes'],
  'CL-BI': ['Concepción', 'Los Ángeles', 'Lota'],
  'CL-AR': ['Temuco', 'Villarrica', 'Angol'],
  'CL-LR': ['Valdivia', 'La Unión', 'Panguipulli'],
  'CL-LL': ['Puerto Montt', 'Osorno', 'Castro'],
  'CL-AI': ['Coyhaique', 'Puerto Aysén', 'Chile Chico'],
  'CL-MA': ['Punta Arenas', 'Puerto Natales', 'Porvenir'],
};

export const organizationNames: Record<string, string[]> = {
  empresa: [
    'Constructora Los Aromos',
    'Agrícola El Roble',
    'Transportes Cordillera',
    'Pesquera Bahía Azul',
    'Supermercados del Valle',
    'Maestranza Hnos. Soto',
    'Hotel Mirador del Sur',
    'Viña Cerro Alto',
    'Panificadora La Espiga',
    'Servicios Mineros Atacama Norte',
    'Forestal Las Quilas',
    'Clínica Dental Sonrisas',
  ],
  gremio: [
    'Cámara de Comercio de {place}',
    'Asociación de Agricultores de {place}',
    'Cámara de Turismo de {place}',
  ],
  sindicato: [
    'Sindicato de Trabajadores Portuarios de {place}',
    'Sindicato de Temporeras de {place}',
    'Sindicato de Conductores de {place}',
  ],
  otec: ['OTEC Capacita {place}', 'OTEC Aprender Haciendo', 'OTEC Oficios del Sur', 'OTEC Nuevo Rumbo'],
  otic: ['OTIC Regional de Capacitación', 'OTIC del Comercio y los Servicios'],
  omil: ['OMIL de {place}'],
  municipio: ['Municipalidad de {place}'],
  servicio_publico: [
    'Seremi del Trabajo',
    'Dirección Regional de SENCE',
    'Fosis regional',
    'Sernameg regional',
  ],
  academia: [
    'CFT Estatal de {place}',
    'Instituto Profesional del Pacífico',
    'Universidad Regional de {place}',
    'Liceo Técnico de {place}',
  ],
  ong: [
    'Fundación Oportunidad Joven',
    'ONG Manos Unidas de {place}',
    'Fundación Mujer Emprende',
    'Corporación Inclusión Laboral',
  ],
  otra: ['Junta de Vecinos Villa Esperanza', 'Club Deportivo {place} Unido', 'Comunidad Indígena de {place}'],
};

export const actions = [
  'Crear',
  'Ofrecer',
  'Financiar',
  'Ampliar',
  'Llevar',
  'Coordinar',
  'Diseñar',
  'Fortalecer',
  'Abrir',
  'Promover',
  'Certificar',
  'Organizar',
];

export const offers = [
  'cursos de soldadura certificada',
  'talleres de alfabetización digital',
  'un programa de aprendices en empresas locales',
  'becas de transporte para asistir a las capacitaciones',
  'una bolsa de empleo regional en línea',
  'mentorías entre trabajadores con experiencia y jóvenes',
  'cursos de inglés técnico para el turismo',
  'capacitación en instalación de paneles solares',
  'formación en cuidado de personas mayores',
  'la certificación de competencias de quienes aprendieron el oficio trabajando',
  'cursos de operación de maquinaria agrícola',
  'talleres de emprendimiento y formalización de negocios',
  'cursos de programación y desarrollo web',
  'nivelación de estudios básicos y medios',
  'capacitación en seguridad y prevención de riesgos',
  'formación en acuicultura sostenible',
  'cursos de lengua de señas para atención de público',
  'talleres de preparación para entrevistas de trabajo',
  'cursos de electricidad domiciliaria',
  'formación en gastronomía y manipulación de alimentos',
  'capacitación en logística y manejo de bodegas',
  'cursos de conducción profesional con licencia clase A',
  'talleres de finanzas personales y ahorro',
  'formación en mantención de maquinaria pesada',
  'cursos de carpintería y terminaciones',
];

export const audiences = [
  'para jóvenes que no estudian ni trabajan',
  'para mujeres jefas de hogar',
  'para personas mayores de 50 años',
  'para personas con discapacidad',
  'para trabajadores y trabajadoras de temporada',
  'para personas migrantes',
  'para personas desocupadas',
  'para pequeños agricultores',
  'para pescadores artesanales',
  'para trabajadores de pymes',
  'para cuidadoras y cuidadores',
  'para personas que salen de la cárcel',
];

export const conditions = [
  'en las comunas rurales',
  'con práctica pagada en empresas de la región',
  'con horarios compatibles con el trabajo',
  'en coordinación con la OMIL',
  'con una certificación que las empresas reconozcan',
  'cerca de donde vive la gente',
  'con apoyo de transporte y alimentación',
  'usando los liceos técnicos en la tarde',
  'con seguimiento durante los meses siguientes',
  'de forma semipresencial',
  'con sala cuna para quienes tienen hijos pequeños',
  'con instructores que vengan de la misma industria',
];

export const wishes = [
  'Que las empresas de {place} participen en el diseño de los cursos',
  'Que el SENCE publique qué cursos terminan en empleo y cuáles no',
  'Que los cursos se avisen también por radio y en las juntas de vecinos',
  'Que la OMIL de {place} tenga atención en la tarde',
  'Que exista un registro de oficios para que los vecinos ofrezcan sus servicios',
  'Que las OTEC tengan que mostrar resultados de colocación',
  'Que se pague un subsidio a quienes terminan el curso completo',
  'Que los cursos consideren la realidad del trabajo de temporada',
  'Que haya más cupos en los cursos que piden las empresas de {place}',
  'Que los jóvenes puedan conocer las empresas antes de elegir un oficio',
];

export const commentsPool = [
  'Muy buena metodología, nos escucharon.',
  'Faltó tiempo para conversar en la mesa.',
  'Ojalá se repita el próximo año.',
  'Me gustó votar con puntos, es claro.',
  'Que nos cuenten qué pasa con las ideas.',
];
