"""Requests the bot declines, written in another language: recognised by the concepts they
join (a parent speaking and a mark; a friend, a hand-in and their place or password; code
changed and a plagiarism check; a test's questions asked for before it), each concept a list
of cue words by language. The English refusal rules read a message whose words
`request_words` and `inflected` translate; these cues catch what no word-by-word reading
makes a request of (the words of a request are inflected, unspaced or in another script).

Cue syntax: a cue of Latin, Cyrillic or Greek letters is a whole word (written without
accents, Greek's final sigma as "σ": `_plain`), or a word's start when it ends in "*";
several words are matched as a phrase. Cues in other scripts (Arabic, Devanagari, Chinese,
Japanese, Korean) match anywhere, as those scripts join words to their particles. Hardly any
cue is an English word (the English rules read English), and a rule needs two different cue
words.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# concept -> language -> cues ("|"-separated)
CUES: dict[str, dict[str, str]] = {
    # someone saying they are a student's parent, or asking of their child
    "parent": {
        "el": "ειμαι η μητερα|ειμαι ο πατερασ|ειμαι η μαμα|ειμαι ο μπαμπασ|ο γιοσ μου|"
              "η κορη μου|του γιου μου|τησ κορησ μου",
        "es": "soy la madre|soy el padre|soy su madre|soy su padre|mi hijo|mi hija",
        "fr": "je suis la mere|je suis le pere|je suis sa mere|je suis son pere|mon fils|"
              "ma fille",
        "de": "ich bin die mutter|ich bin der vater|ich bin seine mutter|ich bin ihre mutter|"
              "ich bin sein vater|ich bin ihr vater|mein sohn*|meine tochter|meiner tochter",
        "it": "sono la mamma|sono la madre|sono il padre|sono il papa|mio figlio|mia figlia",
        "pt": "sou a mae|sou o pai|sou mae|sou pai|meu filho|minha filha",
        "pl": "jestem matka|jestem mama|jestem ojcem|jestem tata|moj syn*|moja corka|"
              "mojej corki|mojego syna",
        "tr": "annesiyim|babasiyim|velisiyim|oglum*|kizim*",
        "vi": "toi la me|toi la bo|toi la ba|toi la phu huynh|con trai toi|con gai toi|"
              "con toi",
        "hi": "की माँ हूँ|की मां हूं|की माँ हूं|के पिता हूँ|के पिता हूं|मेरे बेटे|मेरी बेटी|"
              "ki maa hoon|ke papa|mere bete|meri beti",
        "ar": "أنا والد|أنا والدة|انا والد|انا والدة|أنا أم|أنا أب|ابني|ابنتي|ولي أمر",
        "zh": "的妈妈|的爸爸|的母亲|的父亲|我是家长|我儿子|我女儿|我孩子",
        "ja": "の母です|の父です|の母親|の父親|保護者|息子|娘の",
        "ko": "엄마입니다|아빠입니다|어머니입니다|아버지입니다|학부모|"
              "제 아들|제 딸|우리 아들|우리 딸",
        "ru": "я мама|я мать|я отец|я папа|мой сын|моя дочь|моей дочери|моего сына",
    },
    # where a person lives, their home address or private number
    "whereabouts": {
        "es": "direccion de casa|direccion personal|direccion particular|donde vive|domicilio|"
              "telefono personal|numero personal|numero privado",
        "fr": "adresse personnelle|adresse perso|adresse privee|adresse du domicile|domicile|"
              "ou habite|ou vit|numero perso|numero personnel|numero prive",
        "de": "privatadresse|wohnadresse|heimadresse|wohnanschrift|privatanschrift|wo wohnt|"
              "handynummer|privatnummer|private nummer|private telefonnummer",
        "it": "indirizzo di casa|indirizzo privato|indirizzo personale|dove abita|dove vive|"
              "numero personale|numero privato|cellulare personale",
        "pt": "endereco residencial|endereco de casa|endereco pessoal|onde mora|onde vive|"
              "numero pessoal|telefone pessoal|celular pessoal",
        "pl": "adres domowy|adres zamieszkania|gdzie mieszka|prywatny numer|numer prywatny",
        "tr": "ev adres*|nerede oturuyor|nerede yasiyor|nerede kaliyor|ozel numara*|"
              "kisisel numara*",
        "vi": "dia chi nha|nha o dau|song o dau|so dien thoai rieng|so rieng",
        "hi": "घर का पता|कहाँ रहते|कहां रहते|कहाँ रहती|कहां रहती|निजी नंबर|ghar ka pata",
        "ar": "عنوان منزل|عنوان بيت|عنوان سكن|أين يسكن|اين يسكن|أين تسكن|رقم هاتفه الخاص|"
        "رقمه الخاص",
        "zh": "家庭住址|家庭地址|住在哪|住哪|家的地址|私人电话|私人号码",
        "ja": "自宅|どこに住|住所を教え|個人の電話|私用の電話|携帯番号",
        "ko": "집 주소|어디 살|사는 곳|개인 번호|개인 전화",
        "el": "διευθυνση του σπιτιου|διευθυνση σπιτιου|διευθυνση κατοικιασ|που μενει|"
              "που κατοικει|προσωπικο τηλεφωνο|προσωπικο κινητο|κινητο του|κινητο τησ",
        "ru": "домашн* адрес*|где живет|где живёт|личный номер|личный телефон|домашний телефон",
    },
    # an assessed task's (model) solutions
    "solutions": {
        "es": "solucion|soluciones|solucionario|resuelto|resueltos|resuelta",
        "fr": "solution|solutions|corrige|corriges|correction",
        "de": "losung|losungen|musterlosung*|loesung*",
        "it": "soluzion*|svolto|svolti|svolgimento",
        "pt": "solucao|solucoes|gabarito|resolvid*|resolucao",
        "pl": "rozwiazani*", "tr": "cozum*|cevap anahtar*", "vi": "loi giai|bai giai|dap an",
        "hi": "समाधान|हल करके", "ar": "حلول|الحلول|الحل النموذجي",
        "zh": "答案|参考答案|标准答案|解答", "ja": "模範解答|解答",
        "ko": "정답|답안|풀이|모범 답안",
        "el": "λυσεισ|λυση|λυμεν*", "ru": "решени*",
    },
    # an assessed task (its own word, or the course's borrowed one)
    "assessed": {
        "es": "tarea|trabajo|evaluad*|practica|entregable", "fr": "devoir*|travail|note|"
        "notee|evalue*|projet", "de": "hausaufgabe*|abgabe|ubung*|ubungsblatt|bewertet*",
        "it": "compito|compiti|elaborato|valutat*|esercitazion*", "pt": "trabalho|tarefa|"
        "avaliad*|atividade", "pl": "prace domowa|zadanie domowe|zadani*|projekt*|ocenian*",
        "tr": "odev*|proje*", "vi": "bai tap|bai tap lon|do an", "hi": "असाइनमेंट|होमवर्क",
        "ar": "واجب|الواجب|المهمة|التكليف", "zh": "作业|大作业|课程作业", "ja": "課題|レポート",
        "ko": "과제|숙제", "el": "εργασι*|ασκησ*|βαθμολογουμεν*", "ru": "домашк*|курсов*|"
        "задани*|лабораторн*",
        "loan": "coursework|cw|cw1|cw2|cw3|cw4|assignment|task",
    },
    # a mark, a result
    "mark": {
        "el": "βαθμ*",
        "es": "nota|notas|calificacion*", "fr": "resultat*", "de": "noten|ergebnis*|bewertung*",
        "it": "voto|voti|valutazion*", "pt": "nota|notas|resultado*", "pl": "ocen*|wynik*",
        "tr": "notu|notunu|notlari*|puan*", "vi": "diem|ket qua", "hi": "अंक|नंबर|ग्रेड",
        "ar": "درجة|درجات|درجت|علامة|علامات|علامت|نتيجة|نتيجت",
        "zh": "成绩|分数|得分|几分", "ja": "成績|点数",
        "ko": "성적|점수|학점", "ru": "оценк*|балл*|результат*",
    },
    # a friend or a classmate
    "friend": {
        "el": "φιλοσ|φιλη|φιλου|φιλησ|φιλο|συμφοιτητ*",
        "es": "amig*|companer*", "fr": "ami|amie|amis|copain*|copine*|camarade*",
        "de": "freund*|kommiliton*|mitstudent*", "it": "amic*|compagn*|collega",
        "pt": "amig*|colega*", "pl": "kolega*|kolegi|kolezank*|przyjaci*|znajom*",
        "tr": "arkadas*", "vi": "ban toi|ban minh|ban cua|ban cung lop|ban hoc",
        "hi": "दोस्त|मित्र|dost*", "ar": "صديق|زميل|صاحبي", "zh": "朋友|同学|室友",
        "ja": "友達|友人|同級生|クラスメ", "ko": "친구|동기",
        # romanised Japanese, Korean and Chinese (Hepburn, long vowels as typed)
        "ja_latn": "tomodachi|yuujin|yujin|doukyuusei|dokyusei|kurasumeito",
        "ko_latn": "chingu|donggi", "zh_latn": "pengyou|tongxue|shiyou",
        "ru": "друг|друга|другу|подруг*|"
        "однокурсни*|одногруппни*",
    },
    # handing work in, uploading it
    "submit": {
        "el": "υποβαλ*|υποβολ*|ανεβασ*|παραδωσ*",
        "es": "entreg*|subir|subirla|subirlo|sube|subela|subelo", "fr": "rendre|rendu|"
        "soumett*|deposer|televers*", "de": "abgeben|abgegeben|einreichen|eingereicht|"
        "hochladen|hochgeladen", "it": "consegn*|caric*", "pt": "entreg*|submet*|carreg*",
        "pl": "oddac|oddaj*|oddal*|wrzuc*|przeslac|przesl*|zloz*", "tr": "teslim|yukle*",
        "vi": "nop|tai len", "hi": "सबमिट|जमा|अपलोड|jama", "ar": "تسليم|سلم|ارفع|رفع|تقديم",
        "zh": "提交|交作业|上传", "ja": "提出|アップロード", "ko": "제출|업로드",
        "ja_latn": "teishutsu|appuroodo", "zh_latn": "tijiao|ti jiao",
        "ru": "сдат*|сдай*|сдал*|загруз*",
    },
    # a password or a login
    "password": {
        "el": "κωδικο προσβασησ|κωδικοσ προσβασησ|κωδικου προσβασησ|συνθηματικ*",
        "es": "contrasena|clave", "fr": "mot de passe|identifiant*", "de": "passwort|kennwort|"
        "zugangsdaten", "it": "credenziali", "pt": "senha", "pl": "hasl*|haslo",
        "tr": "sifre*", "vi": "mat khau", "hi": "पासवर्ड", "ar": "كلمة السر|كلمة المرور|باسورد",
        "zh": "密码|账号", "ja": "パスワード", "ko": "비밀번호|비번|계정", "ru": "парол*|логин*",
        "ja_latn": "akaunto|pasuwaado|pasuwado|roguin", "ko_latn": "bimilbeonho|bimilbunho|"
        "gyejeong|gyejung", "zh_latn": "mima|zhanghao|zhang hao",
        # the English word, borrowed as typed in many languages ("te passo meu login")
        "loan": "login|logins",
    },
    # in someone's place, on their behalf
    "in_place": {
        "el": "στη θεση του|στη θεση τησ|για λογαριασμο του|για λογαριασμο τησ",
        "es": "en su lugar|en nombre de|en mi lugar|por mi", "fr": "a sa place|en son nom|"
        "pour lui|pour elle|a ma place", "de": "fur ihn|fur sie|an seiner stelle|an ihrer stelle|"
        "in seinem namen|in ihrem namen", "it": "al suo posto|a nome suo|a suo nome|per lui|"
        "per lei|al mio posto", "pt": "no lugar dele|no lugar dela|por ele|por ela|em nome dele|"
        "em nome dela|no meu lugar|em meu lugar|por mim",
        "pl": "za niego|za nia|w jego imieniu|w jej imieniu|zamiast niego|"
        "zamiast niej", "tr": "yerine|adina", "vi": "thay cho|ho ban|thay ban|giup ban",
        "hi": "की जगह|के बदले|उसकी जगह|uski jagah|uske badle", "ar": "بدلا|بدلاً|نيابة|عنه|عنها",
        "zh": "替他|替她|帮他|帮她|代替|代他|代她", "ja": "代わりに|代理", "ko": "대신",
        "ja_latn": "kawari ni|kawarini|dairi",
        "ru": "вместо|за него|за нее",
    },
    # code changed, rewritten; a date moved
    "change": {
        "el": "αλλαξ*|αλλαγ*|μετακιν*|μεταθεσ*",
        "es": "cambi*|modific*|aplaz*|pospon*|mueve|mover", "fr": "changer|change|modifi*|"
        "repouss*|decal*|deplac*", "de": "andern|geandert|umschreib*|umgeschrieben|verander*|"
        "verschieb*|verleg*", "it": "cambi*|modific*|spost*|rimand*|posticip*",
        "pt": "mud*|alterar|altera|altere|modific*|adia*|adie*|prorrog*",
        "pl": "zmien*|zmieni*|przerob*|przesun*", "tr": "degistir*|ertele*",
        "vi": "sua|chinh sua|doi|lui",
        "hi": "बदल|badal*", "ar": "تغيير|غير الكود|عدل الكود|عدّل|غيّر", "zh": "改",
        "ja": "変え|変更|書き換|延期|延ば",
        "ko": "바꿔|수정|고쳐|연기|미뤄", "ru": "измен*|поменя*|передела*|перенес*|перенест*",
    },
    # a plagiarism or similarity check
    "plagiarism": {
        "el": "λογοκλοπ*",
        "es": "plagio|antiplagio", "fr": "plagiat|anti-plagiat", "de": "plagiat*",
        "it": "plagio", "pt": "plagio", "pl": "plagiat*|antyplagiat*", "tr": "intihal",
        "vi": "dao van", "hi": "प्लेजरिज़्म|प्लेजरिज्म|साहित्यिक चोरी", "ar": "انتحال|سرقة أدبية",
        "zh": "抄袭|查重", "ja": "盗用|剽窃|コピペ", "ko": "표절", "ru": "плагиат*|антиплагиат*",
        "loan": "plagiarism|turnitin",
    },
    # without it being noticed; getting round a check
    "evade": {
        "el": "χωρισ να|να μην το καταλαβ*|να μη με πιασ*|παρακαμψ*",
        "es": "sin que|que no se|que no lo|burlar|no me pillen", "fr": "sans que|contourner|"
        "sans etre", "de": "ohne dass|umgehen|nicht merkt|nicht erkannt", "it": "senza che|"
        "aggirare|non se ne accorg*", "pt": "sem que|burlar|nao perceba|nao detecte",
        "pl": "zeby nie|aby nie|obejsc|nie wykryl*", "tr": "yakalanmadan|fark etmesin|"
        "anlamasin|atlat*|gecmesi icin|gecsin|kontrolunden gec*",
        "vi": "khong bi phat hien|qua mat|lach",
        "hi": "न पाए|ना पाए|पकड़ न|pakad na|pakda na", "ar": "دون أن|لا يكتشف|تجاوز",
        "zh": "不被|绕过|躲过|查不出", "ja": "バレない|見つからない|回避|すり抜け",
        "ko": "안 걸리|걸리지 않|피하", "ru": "чтобы не|обойти|незаметно",
    },
    # an exam, a test, a quiz
    "exam": {
        "el": "εξετασ*|διαγωνισμ*|κουιζ|τεστ",
        "es": "examen*|prueba|parcial", "fr": "examen*|epreuve|partiel*|interro*",
        "de": "prufung*|klausur*", "it": "esame|esami|verifica", "pt": "prova|provas|exame*|"
        "teste", "pl": "egzamin*|kolokwi*|sprawdzian*", "tr": "sinav*",
        "vi": "bai thi|kiem tra|ky thi|de thi|dang thi", "hi": "परीक्षा|एग्जाम|pariksha",
        "ar": "امتحان|اختبار", "zh": "考试|测验|小测|试卷|考题|考", "ja": "試験|テスト",
        "ko": "시험|퀴즈|테스트", "ru": "экзамен*|тест*|контрольн*",
        "loan": "quiz|quizz*",
    },
    # its questions
    "questions": {
        "el": "ερωτησ*|θεματα",
        "es": "pregunta*", "fr": "sujet*", "de": "fragen|aufgaben", "it": "domande",
        "pt": "perguntas|questoes|questao", "pl": "pytani*|zadani*", "tr": "soru*",
        "vi": "cau hoi|de thi", "hi": "प्रश्न|सवाल|sawal*", "ar": "أسئلة|الأسئلة|اسئلة",
        "zh": "题目|考题|试题|题", "ja": "問題", "ko": "문제", "ru": "вопрос*|задани*|билет*",
    },
    # before it is given out
    "before": {
        "el": "πριν|εκ των προτερων|απο πριν",
        "es": "antes|por adelantado|de antemano", "fr": "avant|a l'avance|en avance",
        "de": "vorher|vorab|im voraus", "it": "prima|in anticipo", "pt": "antes|antecipad*|"
        "adiantad*", "pl": "przed|wczesniej|zawczasu", "tr": "once|onceden",
        "vi": "truoc", "hi": "पहले|pehle", "ar": "قبل|مسبقا|مسبقاً", "zh": "提前|之前|事先|预先",
        "ja": "事前|先に", "ko": "미리|사전에", "ru": "заранее|раньше",
    },
    # a leak
    "leak": {
        "el": "διαρρ*",
        "es": "filtrad*|filtracion", "fr": "fuite*|fuite", "de": "geleakt*", "it": "trapelat*",
        "pt": "vazad*|vazou", "pl": "wyciek*", "tr": "sizdir*|sizinti", "vi": "lo de",
        "hi": "लीक", "ar": "مسرب|تسريب", "zh": "泄露|泄题", "ja": "流出|漏洩", "ko": "유출",
        "ru": "слит*|утечк*",
    },
    # handing something over to the writer
    "give_me": {
        "el": "δωσε μου|δωστε μου|στειλε μου|στειλτε μου|δειξε μου|πεσ μου|μπορεισ να μου|"
              "μου δινεισ|μου στελνεισ",
        "es": "dame|pasame|mandame|enviame|muestrame|ensename|consegu*|dime|me pasas|"
              "me mandas|me das|pasarme|darme|mandarme|me puedes pasar|me puedes dar|"
              "me puedes mandar|"
              "me podrias pasar|me podrias dar|me podrias mandar|necesito|quiero",
        "fr": "donne-moi|donnez-moi|envoie-moi|montre-moi|montrez-moi|passe-moi|dis-moi|"
              "m'envoyer|me donner|me passer|donne moi|envoie moi|montre moi|peux-tu me|"
              "pourrais-tu me|tu peux me|j'ai besoin|je veux|je voudrais",
        "de": "gib mir|schick mir|zeig mir|sag mir|mir geben|mir schicken|ich brauche|"
              "ich will|ich mochte|kannst du mir",
        "it": "dammi|mandami|mostrami|passami|dimmi|mi mandi|mi dai|darmi|mandarmi|passarmi|"
              "puoi mandare|puoi dare|puoi passare",
        "pt": "me passa|me passar|me manda|me mostra|me da|me de|pode passar|passe|me enviar|"
              "me envia",
        "pl": "daj mi|podaj|pokaz|wyslij mi|przeslij mi|powiedz",
        "tr": "ver|gonder|goster*|soyle", "vi": "cho toi|cho minh|gui cho|gui toi",
        "hi": "दे दो|भेज दो|दिखा|बता|de do|bhej do|dikha*|bata*",
        "ar": "أعطني|اعطني|أرسل لي|ارسل لي|أرني|قل لي", "zh": "给我|发给我|发我|告诉我",
        "ja": "教えて|見せて|送って|ください", "ko": "알려|보여|보내|줘",
        "ru": "дай|пришли|покаж*|скаж*|скинь*",
    },
    # while it is sat
    "during": {
        "el": "κατα τη διαρκεια|την ωρα που|ενω γραφω",
        "es": "durante|mientras", "fr": "pendant|en plein", "de": "wahrend|mitten in",
        "it": "durante|mentre", "pt": "durante|enquanto", "pl": "podczas|w trakcie|w czasie",
        "tr": "sirasinda|esnasinda|sirasinda", "vi": "trong luc|trong khi|dang thi",
        "hi": "दौरान|के बीच|dauran", "ar": "أثناء|اثناء|خلال",
        "zh": "的时候|期间|考试中|正在考", "ja": "中に|最中|試験中|テスト中|受験中",
        "ko": "중에|보는 중|동안|시험 중", "ru": "во время|прямо сейчас",
    },
    # answers, help, solving
    "answers": {
        "el": "απαντησ*|βοηθησ*|λυσεισ|λυση",
        "es": "respuesta*|ayud*|resuelv*|solucion*", "fr": "reponse*|aide*|aider|resou*",
        "de": "antwort*|hilf|helfen|losung*|losen", "it": "rispost*|aiut*|risolv*|soluzion*",
        "pt": "resposta*|ajud*|resolv*|solucao|solucoes", "pl": "odpowied*|pomoz*|pomoc*|"
        "rozwiaz*", "tr": "cevap*|yanit*|yardim*|coz*", "vi": "dap an|giup|tra loi|giai",
        "hi": "उत्तर|जवाब|मदद|हल|jawab*|madad", "ar": "إجابة|إجابات|اجابات|ساعدني|حل",
        "zh": "答案|答题|帮我|解答", "ja": "答え|解答|手伝|助けて", "ko": "답|도와|풀어",
        "ru": "ответ*|помог*|помоч*|реш*",
    },
    # other students
    "others": {
        "el": "αλλοι φοιτητεσ|αλλων φοιτητων|αλλουσ φοιτητεσ|αλλοι χρηστεσ",
        "es": "otros estudiantes|otros alumnos|otras personas",
        "fr": "autres etudiants|autres eleves", "de": "anderen studierenden|"
        "anderen studenten|andere studenten|andere studierende",
        "it": "altri studenti", "pt": "outros alunos|outros estudantes",
        "pl": "inni studenci|innych studentow", "tr": "diger ogrenci*|baska ogrenci*",
        "vi": "sinh vien khac|nguoi khac|ban khac",
        "hi": "दूसरे छात्र|बाकी छात्र|दूसरे स्टूडेंट",
        "ar": "طلاب آخرين|الطلاب الآخرين|الطلاب الاخرين|الآخرين",
        "zh": "其他同学|别的同学|其他学生|别人", "ja": "他の学生|ほかの学生|他の人",
        "ja_latn": "hoka no gakusei|ta no gakusei|hoka no hito|tanin",
        "zh_latn": "bieren|bie de tongxue|qita tongxue",
        "ko": "다른 학생|다른 사람",
        "ru": "другие студенты|других студентов",
    },
    # what they asked the bot
    "asked": {
        "el": "ρωτησαν|ρωτησε|ρωτανε|σε ρωτ*",
        "es": "preguntaron|han preguntado|te preguntan|te han", "fr": "ont demande|"
        "t'ont demande|t'ont pose|ont pose", "de": "gefragt|gestellt",
        "it": "hanno chiesto|ti hanno", "pt": "perguntaram|te fizeram|fizeram",
        "pl": "zadawali|zadali|pytali", "tr": "sordu*", "vi": "da hoi|hoi ban",
        "hi": "पूछा|पूछे|puchha|puche", "ar": "سألوا|سالوا|طرحوا", "zh": "问了|问过|问你",
        "ja": "聞いた|質問した|尋ね", "ko": "물어본|질문한|물어봤", "ru": "спрашивал*|задавал*",
    },
    # the bot's instructions
    "instructions": {
        "el": "οδηγιεσ",
        "es": "instrucciones", "fr": "consignes", "de": "anweisungen|systemprompt",
        "it": "istruzioni", "pt": "instrucoes", "pl": "instrukcj*", "tr": "talimat*|"
        "sistem komut*", "vi": "huong dan|chi dan|chi thi", "hi": "निर्देश", "ar": "تعليمات",
        "zh": "系统提示|指令|提示词", "ja": "指示|システムプロンプト", "ko": "지시|시스템 프롬프트",
        "ru": "инструкци*",
    },
    # hidden, or to be set aside
    "hidden": {
        "el": "κρυφ*|μυστικ*|αγνοησε|ξεχασε",
        "es": "ocult*|secreta*|secreto*|ignora|olvida tus", "fr": "cache*|secretes|ignorez|"
        "oublie tes|oubliez", "de": "versteckt*|geheim*|ignorier*|vergiss",
        "it": "nascost*|segret*|ignora|dimentica le", "pt": "ocult*|secreta*|secreto*|ignore|"
        "ignora|esqueca", "pl": "ukryt*|tajn*|zignoruj*|"
        "zapomnij", "tr": "gizli|yoksay*|unut*", "vi": "bi mat|bo qua", "hi": "छिपे|गुप्त|अनदेखा",
        "ar": "مخفية|سرية|السرية|تجاهل", "zh": "隐藏|秘密|忽略|无视", "ja": "隠し|秘密|無視",
        "ko": "숨겨진|비밀|무시", "ru": "скрыт*|секретн*|игнорир*|забудь",
    },
    # pretending to be someone
    "pretend": {
        "el": "προσποιησου|κανε οτι εισαι|παριστανε",
        "es": "finge|fingir|haz como si|hazte pasar", "fr": "fais semblant|faites semblant|"
        "fait semblant", "de": "tu so als|gib dich als", "it": "fingi|fingiti|fai finta",
        "pt": "finja|finge|faz de conta|se passa por|se passe por", "pl": "udawaj*|podszyj*",
        "tr": "gibi davran*|taklit", "vi": "gia vo|gia lam|gia danh|mao danh",
        "hi": "बनकर|होने का नाटक|ban kar|natak", "ar": "تظاهر|انتحل", "zh": "假装|冒充|扮演|名义",
        "ja": "ふりをして|ふりして|なりすま", "ko": "척하고|척해|사칭", "ru": "притворис*|"
        "представь что",
    },
    # the course's staff
    "staff": {
        "el": "καθηγητ*|διδασκ*|λεκτορ*|επιβλεπ*",
        "es": "profesor*|docente", "fr": "prof|professeur*|enseignant*|charge de cours|tuteur|"
        "tutrice", "de": "dozent*|professor*|lehrer*", "it": "professor*|docente",
        "pt": "professor*",
        "pl": "wykladowc*|profesor*|prowadzac*", "tr": "hoca*|ogretmen*",
        "vi": "thay|co giao|giang vien|giao su", "hi": "प्रोफेसर|शिक्षक|सर", "ar": "الأستاذ|"
        "الدكتور|المحاضر", "zh": "老师|教授|助教", "ja": "先生|教授|講師",
        "ko": "강사|교수|조교|선생", "ru": "преподавател*|профессор*|лектор*",
    },
    # a deadline, a hand-in date
    "deadline": {
        "el": "προθεσμι*",
        "es": "fecha limite|plazo", "fr": "date limite|delai|echeance", "de": "abgabefrist|"
        "frist|abgabetermin", "it": "scadenza|termine di consegna", "pt": "prazo|data limite",
        "pl": "termin*", "tr": "son teslim|teslim tarihi", "vi": "han nop|thoi han|han chot",
        "hi": "अंतिम तिथि|डेडलाइन", "ar": "موعد تسليم|موعد التسليم|الموعد النهائي",
        "zh": "截止|期限", "ja": "締め切り|締切|期限", "ko": "마감|기한",
        "ru": "срок*|дедлайн*", "loan": "deadline|deadlines",
    },
    # the writer saying who they are ("soy el profesor", "أنا الدكتور")
    "i_am": {
        "el": "ειμαι",
        "es": "soy", "fr": "je suis|ici le|ici la", "de": "ich bin|hier ist|hier spricht",
        "it": "sono|qui e", "pt": "sou|aqui e|aqui fala", "pl": "jestem|z tej strony",
        "tr": "ben", "vi": "toi la|day la", "hi": "मैं|main", "ar": "أنا|انا",
        "zh": "我是", "ja": "私は|です", "ko": "저는|입니다", "ru": "я|это",
    },
    # an announcement
    "announce": {
        "el": "ανακοινωσ*",
        "es": "anuncio|a toda la clase", "fr": "annonce|a toute la classe",
        "de": "ankundigung|mitteilung|an alle",
        "it": "annuncio|avviso|a tutta la classe",
        "pt": "anuncio|aviso", "pl": "ogloszen*", "tr": "duyuru*",
        "vi": "thong bao|tin nhan|ca lop",
        "hi": "घोषणा", "ar": "إعلان|اعلان", "zh": "公告|通知", "ja": "お知らせ|告知",
        "ko": "공지", "ru": "объявлени*",
    },
    # something fake
    "fake": {
        "el": "ψευτικ*|πλαστ*|ψευδ*|μαιμου",
        "es": "falso|falsa|falsificad*|trucad*", "fr": "faux|fausse|falsifie*|bidon",
        "de": "gefalscht*|falsch*", "it": "falso|falsa|falsificat*", "pt": "falso|falsa|"
        "falsificad*|forjad*", "pl": "falszyw*|podrob*", "tr": "sahte",
        "vi": "gia mao", "hi": "नकली|फर्जी|nakli|farzi", "ar": "مزور|مزيف", "zh": "假的|伪造",
        "ja": "偽|ニセ", "ko": "가짜|위조", "ru": "фальшив*|поддел*|фейков*|липов*",
    },
    # a certificate, a sick note
    "document": {
        "el": "πιστοποιητικ*|βεβαιωσ*|χαρτι|ιατρικ*|γνωματευσ*",
        "es": "justificante|certificado|nota medica|baja medica", "fr": "certificat|"
        "justificatif|arret maladie|mot du medecin", "de": "attest|"
        "bescheinigung|krankmeldung", "it": "certificato|giustificativo", "pt": "atestado|"
        "declaracao medica",
        "pl": "zwolnieni*|zaswiadczeni*", "tr": "rapor*", "vi": "giay xac nhan|giay nghi benh",
        "hi": "प्रमाणपत्र|मेडिकल", "ar": "شهادة|تقرير طبي", "zh": "病假条|假条|证明",
        "ja": "診断書|証明書", "ko": "진단서|증명서", "ru": "справк*",
    },
    # mocking, insulting, harassing someone
    "insult": {
        "el": "κοροιδ*|προσβαλ*|εξευτελ*|ταπειν*|βρισε",
        "es": "burl*|insult*|humill*|ridiculiz*|acos*", "fr": "moquer|moque-toi|insult*|"
        "humili*|ridiculis*|harcel*", "de": "beleidig*|verspott*|lustig machen|"
        "blossstell*|mobb*|fertigmachen", "it": "prendere in giro|prendi in giro|insult*|umili*|"
        "deride*|bullizz*", "pt": "zoar|zombar|zomba*|insult*|humilh*|ridiculariz*",
        "pl": "obrazic|obrazaj*|wysmia*|wysmiej*|ponizy*|ponizaj*|ponizic", "tr": "dalga gec*|"
        "hakaret*|asagila*|rezil et*", "vi": "che gieu|xuc pham|lam nhuc|bat nat",
        "hi": "मज़ाक उड़ा|मजाक उड़ा|बेइज्जती|अपमान|mazak uda*|beizzati", "ar": "سخرية|اسخر|"
        "إهانة|اهانة|تنمر", "zh": "嘲笑|嘲讽|羞辱|侮辱|挖苦|欺负|霸凌|骂", "ja": "からか|"
        "馬鹿にし|バカにし|悪口|侮辱|いじめ|嘲笑", "ko": "놀리|조롱|모욕|욕하|비웃|괴롭",
        "ru": "высме*|оскорб*|униз*|затрав*|травит*|поиздева*",
    },
    # writing or posting a text
    "compose": {
        "el": "γραψε|γραψτε|δημοσιευσ*",
        "es": "escribe|escribir|escribeme|redacta|redactar|publica|publicar|postea",
        "fr": "ecris|ecrire|ecrivez|redige|rediger|publie|publier|poste",
        "de": "schreib|schreibe|schreiben|verfass*|poste|posten", "it": "scrivi|scrivere|"
        "scrivimi|pubblica|pubblicare", "pt": "escreve|escreva|escrever|redija|publica|publique|"
        "postar|poste", "pl": "napisz|napisac|opublikuj|wrzuc post", "tr": "yaz|yazar misin|"
        "yazin|paylas*", "vi": "viet|dang bai", "hi": "लिख|likh*|पोस्ट", "ar": "اكتب|أكتب|انشر",
        "zh": "写|发帖|帖子|发个", "ja": "書いて|書け|投稿|作って", "ko": "써 줘|써줘|써 주|작성|"
        "올려|게시", "ru": "напиш*|написат*|опубликуй*|запост*",
    },
    # one's course work: a notebook, an assignment, code
    "work": {
        "el": "εργασι*|ασκησ*|κωδικα|κωδικο",
        "es": "tarea|trabajo|cuaderno|codigo", "fr": "devoir*|travail|cahier",
        "de": "hausaufgabe*|abgabe|arbeit", "it": "compito|compiti|elaborato|codice|"
        "quaderno", "pt": "trabalho|tarefa|codigo|caderno", "pl": "praca|prace|"
        "prace domowa|zadanie domowe|kod",
        "tr": "odev*|kod*", "vi": "bai tap|bai lam|ma nguon", "hi": "असाइनमेंट|होमवर्क|कोड",
        "ar": "واجب|الواجب|كود|الكود", "zh": "作业|代码|笔记本", "ja": "ノートブック|課題|"
        "レポート|コード", "ko": "노트북|과제|숙제|코드", "ru": "домашк*|работ*|код",
        "loan": "notebook|notebooks|jupyter|ipynb",
    },
    # sent or shown to the writer
    "send_me": {
        "el": "στειλε μου|στειλτε μου|δειξε μου|μου στελνεισ",
        "es": "mandame|enviame|pasame|muestrame|me pasas|me mandas|pasarme|mandarme",
        "fr": "envoie-moi|envoie moi|envoyez-moi|passe-moi|montre-moi|m'envoyer|me passer",
        "de": "schick mir|mir schicken|zeig mir", "it": "mandami|passami|mostrami|mandarmi|"
        "passarmi", "pt": "me passa|me passar|me manda|me mostra|me enviar|me envia",
        "pl": "wyslij mi|przeslij mi|pokaz mi", "tr": "gonder*|goster*", "vi": "gui cho toi|"
        "gui toi|gui cho minh|cho toi xem", "hi": "भेज|दिखा|bhej*|dikha*", "ar": "أرسل لي|"
        "ارسل لي|ابعث لي|أرني", "zh": "发给我|发我|传给我|给我看", "ja": "送って|見せて|共有して",
        "ko": "보내|보여|공유해", "ru": "пришли|скинь*|отправь мне|покажи",
    },
    # as if it came from someone ("als ob es vom Dozenten käme", "como si fuera del profesor")
    "as_if": {
        "el": "σαν να|σαν απο|στο ονομα",
        "es": "como si|en nombre del|en nombre de la|haciendote pasar por",
        "fr": "comme si|au nom du|au nom de la|de la part du|de la part de la|en se faisant "
              "passer pour", "de": "als ob|als wenn|als kame|als ware|im namen",
        "it": "come se|a nome del|a nome della|da parte del|da parte della|spacciandoti per",
        "pt": "como se|em nome do|em nome da|se passando por", "pl": "jakby|jak gdyby|"
        "w imieniu", "tr": "agzindan|adina|gibi gorunen", "vi": "gia danh|nhu the la|"
        "danh nghia|duoi ten", "hi": "के नाम से|की तरफ से|ke naam se|ki taraf se",
        "ar": "باسم|نيابة عن|كأنه|وكأنه|كأنها", "zh": "名义|冒充|假装是|以他的口吻|口吻",
        "ja": "名義で|名前で|になりすまし|からのように", "ko": "이름으로|명의로|인 것처럼",
        "ru": "как будто|от имени|якобы от|будто",
    },
    # a pirated or cracked copy, or a key to unlock one
    "pirated": {
        "el": "σπασμεν*|πειρατικ*|κρακ",
        "es": "crackead*|pirata|piratead*", "fr": "pirate|piratee|craque|crackee",
        "de": "gecrackt*|raubkopie*|geknackt*", "it": "craccat*|pirata|piratat*",
        "pt": "crackead*|pirata|piratead*", "pl": "scrackowan*|piracki*|piratow*",
        "tr": "crackli|korsan", "vi": "ban crack|ban lau|be khoa",
        "hi": "क्रैक|पायरेटेड|crack wala", "ar": "مكرك|مكركة|مقرصن|مقرصنة|كراك",
        "zh": "破解|盗版", "ja": "割れ|海賊版|クラック", "ko": "크랙|해적판|불법 다운",
        "ru": "крякнут*|взломанн*|пиратск*|кряк*",
        "loan": "crack|cracked|keygen|keygens|warez|nulled|serial key|license key",
    },
    # downloading something, a link to it
    "download": {
        "el": "κατεβασ*|λινκ|συνδεσμ*",
        "es": "descarg*|enlace", "fr": "telecharg*|lien", "de": "herunterlad*|runterlad*|"
        "downloaden", "it": "scaric*", "pt": "baix*", "pl": "pobrac|pobierz*|sciagn*|"
        "sciag*", "tr": "indir*|linki", "vi": "tai ve|tai xuong|link tai",
        "hi": "डाउनलोड", "ar": "تحميل|تنزيل|رابط", "zh": "下载|链接", "ja": "ダウンロード|リンク",
        "ko": "다운|링크", "ru": "скача*|скачив*|ссылк*", "loan": "download|link|links",
    },
    # chats or conversations (with the bot)
    "chats": {
        "el": "συνομιλι*|συζητησ*",
        "es": "conversaciones|chats|historial", "fr": "conversations|discussions|"
        "historique", "de": "chats|gesprache|unterhaltungen|verlauf|chatverlauf*",
        "it": "conversazioni|cronologia|chat", "pt": "conversas|historico",
        "pl": "rozmow*|czat*", "tr": "sohbet*|konusma*",
        "vi": "cuoc tro chuyen|lich su chat|doan chat", "hi": "चैट|बातचीत|baatcheet",
        "ar": "محادثات|المحادثات|دردشات", "zh": "聊天记录|对话记录|对话|聊天",
        "ja": "会話|チャット履歴|やり取り", "ko": "대화|채팅 기록|채팅", "ru": "переписк*|"
        "диалог*|чат*",
    },
}

# A refusal's kind and the concepts that make it, all of them present; the first that holds.
RULES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (kind, frozenset(concepts.split())) for kind, concepts in (
        ("third_party", "parent mark"),
        ("third_party", "parent submit"),
        ("third_party", "parent exam"),
        ("others_account", "friend password"),
        ("others_account", "friend submit in_place"),
        # (another student's account, none named: "hoka no gakusei no akaunto")
        ("others_account", "others password"),
        ("copying", "plagiarism change"),
        ("copying", "plagiarism evade"),
        ("leaked_paper", "exam leak"),
        ("leaked_paper", "exam questions before give_me"),
        ("during_test", "exam during answers"),
        ("others_chats", "others asked"),
        ("instructions", "instructions hidden"),
        ("in_their_name", "pretend staff announce"),
        # a text as if from the staff ("als ob es vom Dozenten käme"), whatever it says
        ("in_their_name", "as_if staff announce"),
        ("in_their_name", "as_if staff compose"),
        # a cracked or pirated copy asked for
        ("pirated", "pirated download"),
        ("pirated", "pirated give_me"),
        # other students' chats (with the bot) to be shown
        ("others_chats", "others chats give_me"),
        ("others_chats", "others chats send_me"),
        ("staff_claim", "i_am staff change deadline"),
        ("staff_claim", "i_am staff change mark"),
        ("credentials", "exam in_place password"),
        ("impersonate", "pretend staff"),
        ("dishonest", "fake document"),
        # where one of the staff or a classmate lives, or their private number
        ("others_data", "whereabouts staff"),
        ("others_data", "whereabouts friend"),
        ("others_data", "whereabouts give_me"),
        # an assessed task's solutions asked for (when they come out is asked of no one)
        ("assessed_work", "solutions assessed give_me"),
        ("assessed_work", "solutions assessed send_me"),
        # a text that mocks a classmate, another student or one of the staff; a report of
        # being mocked ("mi compañero se burla de mí") asks no text written
        ("mockery", "insult friend compose"),
        ("mockery", "insult others compose"),
        ("mockery", "insult staff compose"),
        # another student's work sent over, beside any question asked with it
        ("others_work", "friend work send_me"),
        ("others_work", "friend submit send_me"),
        ("others_work", "others work send_me"),
    ))

# Cues that read as words of their own (Latin and Cyrillic letters): matched as whole words.
_SPACED = re.compile(r"^[a-z' *-]+$|^[а-яё *-]+$|^[α-ω *-]+$")


def _greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"


def _plain(text: str) -> str:
    """Lower case, Latin letters without their accents (as often typed: "contraseña",
    "contrasena"), other scripts as written."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = text.replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ß", "ss")
    text = text.replace("ς", "σ")  # (Greek's final sigma: one stem whatever ends it)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out and (out[-1].isascii() or _greek(out[-1])):
            continue  # (an accent on a Latin or Greek letter; Devanagari's vowel signs stay)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _pattern(cue: str) -> str:
    if not _SPACED.match(cue):
        return re.escape(cue)
    stem = cue.endswith("*")
    body = r"\s+".join(re.escape(w) for w in cue.rstrip("*").split())
    return rf"(?<!\w){body}" + (r"\w*" if stem else r"(?!\w)")


@functools.cache
def _concepts() -> dict[str, re.Pattern[str]]:
    return {concept: re.compile("|".join(_pattern(c) for cues in by_language.values()
                                         for c in cues.split("|")))
            for concept, by_language in CUES.items()}


def concepts_in(message: str) -> dict[str, str]:
    """Each concept `message` names, with the cue that named it."""
    text = _plain(message)
    return {name: m.group() for name, p in _concepts().items() if (m := p.search(text))}


# Saying who one is names the staff word right after it ("soy el profesor", "أنا الدكتور"):
# "soy estudiante, ¿el profesor puede ...?" claims to be no one on the staff.
CLAIM_GAP = 8


def _claims_staff(message: str) -> bool:
    text = _plain(message)
    staff = [m.start() for m in _concepts()["staff"].finditer(text)]
    return any(0 <= s - m.end() <= CLAIM_GAP for m in _concepts()["i_am"].finditer(text)
               for s in staff)


def refusal(message: str) -> str | None:
    """The refusal kind of a request in another language that its concepts make (`RULES`),
    else None. Two different words at least must be cues: one word alone makes no request."""
    found = concepts_in(message)
    for kind, needed in RULES:
        if needed <= found.keys() and len({found[c] for c in needed}) >= 2:
            if "i_am" in needed and not _claims_staff(message):
                continue
            return kind
    return None
