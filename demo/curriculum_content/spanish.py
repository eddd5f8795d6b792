# Demo prose: long sentences are wrapped by hand, as in every app's demo.py.
"""Four modules in Spanish, with the same structure as their English source so
that every string pairs with its translation."""

from .build import caution, questions, role_play, step, tip

KNOW_YOUR_RIGHTS = {
    "slug": "conozca-sus-derechos-en-el-trabajo",
    "title": "Conozca sus derechos en el trabajo",
    "summary": "Un primer taller sobre los derechos que tiene todo trabajador en el estado de Nueva York, sin importar su estatus migratorio: el salario mínimo y las horas extra, un lugar de trabajo seguro y el derecho a actuar junto con sus compañeros.",
    "audience": "Cualquier trabajador, y los nuevos miembros de un centro de trabajadores o de un sindicato. No hace falta leer: el material es una tarjeta con dibujos.",
    "objectives": [
        "Nombrar cuatro derechos que tiene todo trabajador en Nueva York, sin importar su estatus migratorio.",
        "Distinguir entre actuar junto con los compañeros y presentar una queja a solas.",
        "Saber adónde acudir cuando no se respeta un derecho, empezando por el centro de trabajadores.",
    ],
    "plan": [
        step(
            "Bienvenida y acuerdos",
            10,
            "discussion",
            [
                "Dé la bienvenida a todos y presente a quienes facilitan.",
                "Acuerden juntos cómo va a trabajar el grupo hoy: habla una persona a la vez, lo que se dice aquí se queda aquí, y nadie tiene que contar nada que no quiera.",
            ],
            note=[
                "Escriba los acuerdos en un papel grande y déjelo en la pared. Nunca pregunte a nadie por su estatus migratorio, y dígalo en voz alta al empezar.",
            ],
        ),
        caution(
            "Este taller no es asesoría legal. Cuando alguien cuente su propio caso, agradézcale y ofrézcale después una conversación privada con el personal.",
        ),
        step(
            "¿Qué sabemos ya?",
            15,
            "discussion",
            [
                "Pregunte al grupo: ¿qué derechos creen que tienen en el trabajo? Escriba todas las respuestas en el papel, correctas o no, sin corregir a nadie todavía.",
            ],
            note=[
                "Espere respuestas como: ninguno, porque no tengo papeles. No discuta ahora; el siguiente paso lo responde.",
            ],
        ),
        questions(
            "¿Alguien les ha dicho alguna vez que no tienen derechos en el trabajo?",
            "¿Quién se lo dijo, y por qué creen que lo dijo?",
        ),
        step(
            "Derechos que no dependen de los papeles",
            25,
            "presentation",
            [
                "Repase la tarjeta con dibujos, un derecho a la vez:",
                [
                    "el salario mínimo por cada hora trabajada;",
                    "el pago de horas extra después del límite semanal;",
                    "un lugar de trabajo sin peligros graves;",
                    "el derecho a hablar con los compañeros sobre el pago y las condiciones.",
                ],
                "Después de cada derecho, pida a alguien que lo repita con sus propias palabras.",
            ],
            note=[
                "Los trabajadores agrícolas de Nueva York tienen su propio límite para las horas extra, que baja año tras año. Verifique la cifra actual antes de la sesión y escríbala en la tarjeta.",
            ],
        ),
        step(
            "Actuar juntos",
            20,
            "small_groups",
            [
                "En grupos de tres, lean la historia corta al dorso de la tarjeta: un cocinero y dos lavaplatos van juntos a ver al gerente para pedir las horas extra que les deben.",
                "Cada grupo responde: ¿qué hicieron que la ley protege, y qué hizo más seguro hacerlo juntos?",
            ],
            note=[
                "Dé a cada grupo un marcador de color distinto. Camine entre los grupos y escuche si aparece la palabra juntos; use sus ejemplos al compartir en plenaria.",
            ],
        ),
        role_play(
            "Pedir juntos",
            "A tres lavaplatos no les han pagado las horas extra desde hace un mes. Al terminar el turno van juntos a ver al gerente.",
            [
                (
                    "Primera lavaplatos",
                    "Ha anotado sus horas durante un mes y está nerviosa.",
                ),
                ("Segundo lavaplatos", "La apoya y agrega sus propias horas."),
                (
                    "Gerente",
                    "Dice que las horas extra ya vienen y que quejarse da mala imagen.",
                ),
            ],
            debrief=[
                "¿Qué hizo el gerente para separarlos?",
                "¿Qué los ayudó a mantenerse unidos?",
            ],
        ),
        step(
            "Adónde acudir",
            15,
            "discussion",
            [
                "Muestre el mapa de quién puede ayudar: primero el centro de trabajadores, luego el Departamento de Trabajo del estado para los salarios, y OSHA para la seguridad.",
                "Cada persona escribe o dibuja un primer paso que daría.",
            ],
            note=[
                "Reparta el teléfono del centro de trabajadores en una tarjeta pequeña que se pueda guardar en la cartera. Cierre leyendo de nuevo los acuerdos.",
            ],
        ),
        step(
            "Círculo de cierre",
            5,
            "reflection",
            ["Cada persona dice una palabra sobre cómo se va hoy."],
        ),
    ],
}

WAGE_THEFT = {
    "slug": "documentar-el-robo-de-salario",
    "title": "Documentar el robo de salario",
    "summary": "Los trabajadores aprenden a reconocer las formas más comunes de robo de salario y a llevar un registro sencillo y confiable de sus horas y pagos, para poder presentar un reclamo y ganarlo.",
    "audience": "Trabajadores pagados por hora o por pieza, y los organizadores que los apoyan.",
    "objectives": [
        "Reconocer cinco formas comunes de robo de salario.",
        "Llevar un registro de horas y pagos que sirva como prueba.",
        "Comparar un talón de pago con el registro y encontrar lo que falta.",
    ],
    "plan": [
        step(
            "Bienvenida y una historia",
            15,
            "discussion",
            [
                "Presente la sesión y lea en voz alta una historia corta: una trabajadora de cuidado en el hogar a quien le pagaban ocho horas los días en que trabajaba doce.",
            ],
            note=[
                "Invite a compartir historias parecidas, y recuerde que pueden hablar de un amigo si lo prefieren.",
            ],
        ),
        questions(
            "¿A usted o a alguien que conoce le han pagado menos de lo que le debían?",
            "¿Cómo se dio cuenta?",
        ),
        step(
            "Las muchas caras del robo de salario",
            20,
            "presentation",
            [
                "Presente las cinco formas más comunes:",
                [
                    "horas extra sin pagar;",
                    "pago por debajo del salario mínimo;",
                    "trabajo fuera del horario registrado, antes o después del turno;",
                    "descuentos ilegales por herramientas, uniformes o vivienda;",
                    "propinas que se queda el empleador.",
                ],
                "Para cada una, pida al grupo un ejemplo de su propio sector.",
            ],
            note=[
                "Deje los ejemplos en la pared: los usará de nuevo cuando los grupos lean los talones de pago.",
            ],
        ),
        step(
            "Llevar el registro",
            25,
            "hands_on",
            [
                "Reparta el registro de horas y pagos. Muestre cómo anotar el comienzo y el final de cada turno, los descansos, el nombre del supervisor y el pago recibido.",
                "Cada persona llena el registro de su última semana de trabajo, de memoria.",
            ],
            note=[
                "Puede haber participantes a quienes les cueste leer o escribir. Póngalos en pareja con alguien que lo haga con facilidad, y muestre cómo tomar una foto con fecha de un horario o de un reloj marcador.",
            ],
        ),
        tip(
            "El calendario del teléfono o una foto con fecha de un horario también son un registro. Lo importante es anotarlo en el momento, no semanas después.",
        ),
        step(
            "Leer un talón de pago",
            30,
            "small_groups",
            [
                "En grupos pequeños, comparen el talón de pago de ejemplo con el registro de ejemplo y marquen con un círculo cada diferencia.",
                "Cada grupo presenta las diferencias que encontró y qué forma de robo de salario es cada una.",
            ],
            note=[
                "Use el talón y el registro de ejemplo de los materiales. Esconden tres diferencias: horas extra que faltan, un descuento por el uniforme y una hora quitada por un descanso que nunca se dio.",
            ],
        ),
        role_play(
            "Preguntar por un cheque incompleto",
            "Al cheque de una trabajadora agrícola le faltan seis horas. Al final del día lleva su registro al mayordomo de la cuadrilla.",
            [
                (
                    "Trabajadora agrícola",
                    "Tiene su registro y quiere que le paguen las seis horas.",
                ),
                (
                    "Mayordomo",
                    "Dice que los cheques los hace la oficina y que él no puede hacer nada.",
                ),
                ("Compañero", "Trabajó los mismos días y puede confirmar las horas."),
            ],
            debrief=[
                "¿Qué cambió el registro en la conversación?",
                "¿Qué harían después si todavía no les pagan esas horas?",
            ],
        ),
        step(
            "Próximos pasos y cierre",
            30,
            "reflection",
            [
                "Explique las maneras de recuperar salarios no pagados: pedirlo juntos, una carta de reclamo con el centro de trabajadores y un reclamo ante el Departamento de Trabajo del estado.",
                "Cada persona se compromete a llevar el registro durante las próximas dos semanas y a traerlo a la próxima reunión.",
            ],
            note=[
                "Anote solo los nombres de quienes quieran una llamada de seguimiento, y deje esa lista con el personal, nunca en la pared.",
            ],
        ),
    ],
}

HEAT_STRESS = {
    "slug": "estres-por-calor-en-el-campo",
    "title": "El estrés por calor en el campo",
    "summary": "Cómo el calor enferma a los trabajadores, las señales de alerta de las enfermedades por calor y lo que una cuadrilla puede hacer en conjunto para conseguir agua, descanso y sombra.",
    "audience": "Trabajadores agrícolas y mayordomos. Conviene darlo al comienzo de la temporada, antes de la primera ola de calor.",
    "objectives": [
        "Nombrar las señales de alerta del agotamiento por calor y del golpe de calor.",
        "Explicar por qué el agua, el descanso y la sombra previenen las enfermedades por calor.",
        "Planear lo que hará la cuadrilla cuando alguien se enferme.",
    ],
    "plan": [
        step(
            "Bienvenida y un día de calor",
            10,
            "discussion",
            [
                "Pida a todos que recuerden el día más caluroso en que trabajaron el verano pasado: ¿cómo se sentía su cuerpo?",
            ],
            note=[
                "Dé esta sesión a la sombra, con agua a mano, y tome usted mismo una pausa para beber a la mitad: muestre lo que enseña.",
            ],
        ),
        step(
            "Señales de alerta",
            15,
            "presentation",
            [
                "Use el material con dibujos para repasar las señales del agotamiento por calor: sudor abundante, mareo, dolor de cabeza, calambres y náuseas.",
                "Luego las señales del golpe de calor, que es una emergencia: confusión, desmayo, piel caliente y seca, convulsiones.",
            ],
            note=[
                "Insista en que el golpe de calor puede matar en menos de una hora y en que llamar al 911 siempre es lo correcto.",
            ],
        ),
        caution(
            "Una persona confundida o que se ha desmayado por el calor necesita atención de emergencia de inmediato. Llame al 911, lleve a la persona a la sombra y refrésquela con agua mientras espera.",
        ),
        step(
            "Agua, descanso y sombra",
            15,
            "small_groups",
            [
                "Cada grupo pequeño toma uno de los tres temas: agua, descanso o sombra. Hacen una lista de lo que la cuadrilla tiene hoy y de lo que falta.",
                "Cada grupo lo presenta en dos minutos.",
            ],
            note=[
                "Los grupos suelen decir que hay agua pero que está lejos o caliente. Anótelo: es el comienzo de una demanda que la cuadrilla puede hacer en conjunto.",
            ],
        ),
        questions(
            "¿Quién decide cuándo descansa la cuadrilla cuando hace calor?",
            "¿Qué cambiaría si toda la cuadrilla lo pidiera junta?",
        ),
        step(
            "El plan de nuestra cuadrilla",
            15,
            "reflection",
            [
                "Acuerden juntos un plan de la cuadrilla: quién vigila las señales, dónde está la sombra y quién pide ayuda.",
                "Escriban el plan al dorso del material y guárdenlo en la camioneta.",
            ],
            note=[
                "Asegúrese de que el plan nombre a una persona que hable inglés y a una persona que sepa la dirección exacta del campo, para la ambulancia.",
            ],
        ),
        step(
            "Cierre",
            5,
            "reflection",
            [
                "Cada persona nombra una cosa que hará mañana para protegerse o proteger a un compañero.",
            ],
        ),
    ],
}

ONE_ON_ONE = {
    "slug": "conversacion-uno-a-uno",
    "title": "Cómo tener una conversación uno a uno",
    "summary": "La conversación uno a uno es la herramienta básica de la organización: una conversación en la que se escucha más de lo que se habla, se descubre lo que le importa a un compañero y se le pide que actúe.",
    "audience": "Miembros que ya tomaron Conozca sus derechos en el trabajo y quieren empezar a organizar a sus compañeros.",
    "objectives": [
        "Explicar para qué sirve una conversación uno a uno.",
        "Usar sus cuatro partes: conectar, escuchar, agitar y pedir.",
        "Practicar una conversación uno a uno y darse comentarios útiles.",
    ],
    "plan": [
        step(
            "Por qué conversar uno a uno",
            15,
            "discussion",
            [
                "Pregunte: piensen en una vez en que alguien los convenció de unirse a algo. ¿Qué hizo esa persona?",
                "Reúna las respuestas y señale cuántas tienen que ver con sentirse escuchado y con que se lo pidieran.",
            ],
            note=[
                "La mayoría de las respuestas hablarán de una persona, no de un volante. Úselo para presentar la idea."
            ],
        ),
        step(
            "Las cuatro partes",
            20,
            "presentation",
            [
                "Presente las cuatro partes de una conversación uno a uno:",
                [
                    "conectar como personas;",
                    "escuchar lo que le importa al compañero;",
                    "agitar: preguntar qué pasará si nada cambia;",
                    "hacer un pedido claro.",
                ],
                "Muestre una conversación uno a uno corta con otra persona facilitadora frente al grupo.",
            ],
            note=[
                "En la demostración, cometa un error a propósito: hable demasiado. Pregunte después al grupo qué salió mal.",
            ],
        ),
        tip(
            "Una buena conversación uno a uno es sobre todo escuchar. Si usted habla más que su compañero, deténgase y haga una pregunta.",
        ),
        step(
            "Práctica en parejas",
            40,
            "pairs",
            [
                "En parejas, una persona hace de organizadora y la otra de compañero de trabajo, con los papeles de abajo. Luego cambian.",
                "Cada conversación dura diez minutos. Si hay una tercera persona, observa y anota lo que preguntó quien organiza.",
            ],
            note=[
                "Anuncie el tiempo en voz alta. Camine entre las parejas y escuche si hacen el pedido: mucha gente se olvida de hacerlo.",
            ],
        ),
        role_play(
            "Un compañero después de un doble turno",
            "Dos compañeros caminan hacia el autobús después de un doble turno. Uno de ellos ha estado organizando y quiere saber qué piensa el otro del nuevo horario.",
            [
                (
                    "Organizadora",
                    "Quiere escuchar y, al final, pedirle al compañero que venga a una reunión el domingo.",
                ),
                (
                    "Compañero",
                    "Está cansado, preocupado por el horario y no está seguro de que las reuniones cambien algo.",
                ),
            ],
            debrief=[
                "¿Qué era lo que más le importaba al compañero?",
                "¿Fue claro el pedido, y cuál fue la respuesta?",
            ],
        ),
        step(
            "Comentarios",
            25,
            "discussion",
            [
                "De vuelta en el grupo completo, cada pareja comparte una cosa que funcionó y una que haría de otra manera.",
            ],
            note=[
                "Que los comentarios sean concretos y amables, y dé el ejemplo: cuando le preguntaste por sus hijos, ella se abrió.",
            ],
        ),
        questions(
            "¿Qué hace difícil pedirle a un compañero que actúe?",
            "¿Qué podría decir cuando alguien responde que nada va a cambiar?",
        ),
        step(
            "Planear conversaciones reales",
            20,
            "reflection",
            [
                "Cada persona anota a tres compañeros con quienes hablará en las próximas dos semanas, y cuándo.",
            ],
            note=[
                "Ofrezca llamar a cada persona después de una semana. Las listas se quedan con los participantes, no con usted.",
            ],
        ),
    ],
}

SPANISH = {
    "know-your-rights-at-work": KNOW_YOUR_RIGHTS,
    "documenting-wage-theft": WAGE_THEFT,
    "heat-stress-in-the-fields": HEAT_STRESS,
    "holding-a-one-on-one": ONE_ON_ONE,
}
