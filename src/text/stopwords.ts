/**
 * Words too common to say two articles are related, in normalized form (no hamza seats, ى → ي,
 * ة → ه; see normalize.ts). A token is also dropped when it is one of these behind a conjunction و.
 */
export const STOP = new Set(
  (
    'في من الي علي عن مع ان او ام ثم حتي قد لقد لا لم لن ما ماذا هذا هذه ذلك تلك هناك هنا التي الذي الذين هو هي هم ' +
    'هما نحن انا انت كان كانت يكون تكون كانوا بعد قبل عند كل بين ايضا كما اي غير لدي منذ خلال حول اليوم امس يوم قال ' +
    'قالت اضاف يمكن اذا اذ لكن بل به بها له لها لهم فيه فيها منه منها عليه عليها الا اما سوف ضمن نحو عبر اكثر اقل مثل ' +
    'دون الان كذلك حيث وفق بشان تم جميع بعض كافه السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه ' +
    'a an the and or of to in on at by for from with as is are was were be been it its this that these those he she ' +
    'they we you i his her their our not no but if than so has have had do does did will would can could said says ' +
    'about after before over into up out also more who which what when where there'
  ).split(' '),
);
