"""Given names and the gender they usually carry: a hint for "he"/"she" resolution only.

The lists cover common given names of English-speaking countries, of Spanish,
Portuguese, French, Italian, German, Dutch, Nordic, Slavic, Greek and Hungarian
speakers, and of Arab, Persian, Turkish, Hebrew, African, South Asian and
Japanese names as English-language news writes them (without diacritics; a
lookup folds them away).  Names borne by men and women alike, or by men in one
language and women in another ("Andrea", "Jean", "Kim", "Sasha"), are in
:data:`AMBIGUOUS` and give no hint; so does a name found in both lists.

The table is built on first use, so importing this module costs next to nothing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .lexicon import GIVEN_NAMES

_MALE = """
aaron abdel abdoulaye abdul abdullah abe abel abhishek abraham adam adebayo adel adil
adolfo adrian agustin ahmad ahmadou ahmadu ahmed ahmet aidan akbar akhil akira al alain
alan alasdair alassane alastair albert alberto aldo alec alejandro aleksandr aleksei
alessandro alexander alexandre alexandros alexei alexey alexis alfie alfonso alfred
alfredo ali alistair allan allen alonso alonzo alvaro alvin amadou amar ambrose amir
amit amitabh amos anand anatoly anders andre andrei andres andrew andrey andriy andrzej
andy angelo angus anibal anil ansel anthony antoine anton antonin antonio antonis
anupam anwar archie ari aristotle arjun armando arnaud arne arnold arsenio arseniy
arthur arturo arun arvind asa asad ashok ashton ashwin asif atal attila august augusto
aurelio austin avigdor avraham ayman aziz babajide babak babatunde baltasar barack
barnaby barney barry bart bartholomew bashar bashir basil bassem beau ben benedict
benicio benito benjamin benji benny benoit bernard bernardo bernd bernhard bernie bert
bertie beto bharat bibi bilal bill billy binali bjorn blaine blake bo bob bobby bohdan
bola bongani boris boubacar brad bradford bradley brandon brendan brent bret brett brian
brock brody bronislaw bruce bruno bryan bryce buck bud buddy burak burt butch byron cal
caleb callum calvin camilo carl carlo carlos carlton carson cary cecil cedric cem cesar
chad chaim chandra charles chase chester chidi chinedu chinua chip chris christian
christoph christophe christopher christos chuck chukwudi chukwuemeka cian ciaran ciro
clarence clark claude claudio clay clayton clement cliff clifford clint clinton clyde
cody cole colin colm conan connor conor conrad corey cormac cornel cornelius cornell
cory craig cristian cuauhtemoc curt curtis cyril cyrus damian damien damon dan
daniel danny dante daoud dario darius darnell darrell darren darryl daryl dashiell dave
david davide dean declan deepak deion demetrius denis dennis denny derek dermot derrick
deshawn desmond devante devin dewayne dewey dexter diarmuid dick didier diego dieter
dietrich dimitri dimitrios dimitris dinesh dino dion dirk dmitri dmitry domenico dominic
dominick don donal donald donnell donovan doug douglas duane duncan dustin dwayne dwight
dylan eamon eamonn earl ebrahim ed eddie eddy edgar edgardo edmund edoardo eduardo
edward edwin efrain efren ehab ehud elgin eli elias elijah eliseo elliot elliott elmer
elon elton elvis emad emeka emil emile emiliano emilio emmanuel emmet emmett emory emre
enda enoch enrico enrique ephraim eric erich erick erik ernest ernesto ernie ernst errol
esteban ethan euan eugene evan evangelos everett evgeny evo ewan ezekiel ezra fabio
fabrice fabricio fahad faisal farhad farouk faruk fausto fawad federico felipe felix
ferdinand ferenc fergus fermin fernando ferris fidel filip filippo finn flavio fletcher
florent floyd forrest fouad francesco francis francisco franco francois frank
franklin franz fred freddie freddy frederic frederick frederik fredrik fritz gabe gabor
gabriel gamal gareth garrett garry garth gary gaurav gautam gavin geert gene gennadiy
gennady geoff geoffrey geoffroy george georges georgios gerald geraldo gerard gerardo
gerhard gerrit gerry ghulam giacomo gianluca gianni gideon gil gilad gilbert gilberto
giles gilles gilmar giorgio giorgos giovanni giulio giuseppe glen glenn godfrey gonzalo
gordon gotabaya graham grant greg gregg gregor gregory grigory grzegorz guido guillaume
guillermo gunnar gunther gus gustav gustavo guy gyorgy habib haider hakan hakeem hal
halil hamid hamish hamza hank hans harald harish harlan harold haroon harrison harry
haruhiko haruki haruto harvey hasan hassan hayato heath hector heiko heinrich heinz
helmut hemant hendrik henri henrik henry herbert heriberto herman hernan herschel herve
hideki hilario hiram hiroshi hisham hollis homer horace horacio horst hossein howard
hubert hugh hugo humberto husam hussain hussein ian ibrahim ibrahima ichiro idris idriss
ignacio igor ike ikenna ilan ilya imran ioannis ira irving irwin isaac isaiah isidore
ismael ismail israel istvan itamar ivan ivo jabari jabulani jacek jacinto jack jackson
jacob jacobo jacques jagdish jair jairo jake jakob jalal jalen jamal jamar james
jamshid janos janusz jared jaroslav jaroslaw jarrod jarvis jason jasper javad javier
jawad jay jayden jean-baptiste jean-claude jean-francois jean-luc jean-marc jean-marie
jean-michel jean-paul jean-philippe jean-pierre jean-yves jeb jed jeff jefferson jeffery
jeffrey jens jeremiah jeremias jeremy jermaine jerome jerry jerzy jesse jesus jethro jim
jimmy jiri joachim joao joaquim joaquin jock joe joel joey johan johann johannes john
johnny jomo jon jonah jonas jonathan jonny joost jordi jorge jose josef joseph josh
joshua josip juan julian julien julio julius junichiro jurgen justin kagiso kaito kamal
kamlesh kamran karan kareem karel karim karl kasim katsuya kayode kazem kazuki kazuo
keenan keir keith kemal ken kenichi kenji kenneth kenny kent kenta keshawn kevin khaled
khalid khurram kieran kirk kishore klaus kobe kofi koji kojo konrad konstantin
konstantinos kostas kourosh krishna krzysztof kunal kurt kwabena kwaku kwame kwesi kyle
kyriakos lachlan ladislav lalit lamar lambert lamont lance lanny larry lars laszlo
lawrence lazaro leandro lebron lech leif len lennart lenny leo leon leonard leonardo
leonel leonid leopold leopoldo leroy les lester levi lewis liam lincoln lionel lisandro
lloyd lorenzo lorne louis lowell luc luca lucas lucian luciano lucien ludwig luigi luis
luiz lukas luke lungile luther lyle lyndon mack macky madhav magnus mahathir mahdi
mahendra mahesh mahinda mahmoud mahmud majid malcolm malik mamadou manfred manmohan
manny manoj mansour manuel marc marcel marcello marcelo marco marcos marcus marek
mariano mario marius mark marko markus marlin marlon marshall martin marvin marwan
masahiro mason masoud massimo massoud mateo mateusz mathias mathieu matias matt matteo
matthew matthias maurice mauricio maurizio max maxim maximilian maximiliano maxwell
maynard mehdi mehmet meles melvin menachem merrick mesut micah michael michel mick
mickey miguel mikael mike mikhail miklos milan miles milos milton minoru mitch mitchell
mitt modibo mohamed mohammad mohammed mohan mojtaba monte monty mordechai morton moses
moshe moussa muhammad muhammadu muhammed mukesh murat murphy murray musa mustafa
mustapha mwai mykola myron mzwandile naftali najib narendra nasser nate nathan nathaniel
naveed nawaz ned neil nelson nestor newt neymar niall nicanor nicholas nick nicky
nicolai nicolas nicolo niels nigel nikhil nikita nikolai nikolaos nikos nils nir nitin
nnamdi noah noam nobuo noel nolan norbert norberto norm norman norris nouri obi obinna
octavio oisin olaf oleg oleksandr oleksiy oliver olivier ollie olumide olusegun oluwole
omar omer orlando orrin orson osama osamu oscar osman osvaldo oswald otis otto ousmane
owen pablo padraig panagiotis pancho pankaj paolo pascal pascual patrice patrick paul
paulo pavel pawel pedro percival percy pervaiz pervez pete peter petr petro phil philip
philipp philippe phillip pier pierluigi pierre pieter piotr porter prabowo prakash
pramod pranab pranav prashant preston pyotr qasim qassem quentin quincy quinton radoslaw
rafael raffaele raffaello raheem rahm rahul raila rainer raj rajendra rajesh rajiv
rakesh ralf ralph ramesh ramiro ramon rand randal randall randolph randy ranil raphael
rashad rashard rasheed rashid raul ravi ray raymond raza recep reggie reginald reid
reinaldo reince reinhard remi renato renaud renzo reuben reuven rex reza rhett ricardo
riccardo rich richard rick rickey ricky rigoberto rishi riyad rizwan rob robbie robby
robert roberto rocco rod rodney rodolfo rodrick rodrigo rogelio roger rogerio rohan
rohit roland rolando rolf roman romano ron ronald ronaldo ronan ronen ronnie roosevelt
rory roscoe rosendo ross rowland roy royce ruben rudolf rudolph rudy rufus ruhollah
rupert ruslan russ russell rusty ryan ryo ryota ryuichi sachin sadiq saeed salah salman
salvador salvatore sameer samir sammy samuel sandeep sandor sanjay sanjeev sanjiv
santiago santosh satoshi saturnino satya saul scott seamus sean sebastian sebastien
segun sekou selahattin sergei sergey sergio serhiy seth shahbaz shahid shakeel shane
shaquille shashi shaun shawn shekhar sheldon sherman shigeru shimon shinji shintaro
shinzo shlomi shlomo sho shota shunichi shyam siddharth sigmar silvio simon sipho sizwe
skip solomon sonny spencer spyros stan stanislav stanley stavros stefan stefano steffen
stellan stephan stephen sterling steve steven stewart stu stuart subhash sudhir sumit
sunil surendra suresh sven svetoslav syed sylvain sylvester tad tadashi tadeusz tahir
takashi takeshi tamas tamim tanner taras tarek tarik tariq taro tarun tatsuya tayyip ted teddy
tendai teodoro terence terrance terrell terrence tetsuya thabo thaddeus themba theo
theodore theodoros thierry thomas thorsten thulani thurgood tiago tibor tim timothy tito
tobias toby todd tom tomas tomasz tommaso tommy tomohiro tony torsten toshiro travis
trent trevor trey tristan troy tshepo tucker tunde ty tyler tyrese tyrone uche uday
uhuru ulises ulrich ulysses umar umberto uri usman uwe vaclav vadim valentin valentino
valery vasilis vasily venkat vern vernon vijay vikram victor viktor vince vincent vincenzo
vinod virgil vishal vitali vitaliy vitaly vittorio vladimir vladislav volker volodymyr
vyacheslav wade wajid waleed walid wallace wally walter waqar ward warren wayne wendell
werner wes wesley whit wilbur wilf wilfred wilfredo wilhelm will willard willem william
willie wilson wim winston wojciech wole wolf wolfgang woodrow wyatt xavier yaakov yahya
yair yakov yakubu yanis yannis yaroslav yasir yasser yasuo yaw yehuda yevgeny yitzhak
yoav yoel yogesh yosef yoshihide yoshio yoshiro yossi youssef yukio yuri yury yusuf yves
zach zachariah zachary zack zafar zaid zane zayed zbigniew zeev zeke ziad zoltan zubair
zulfikar
victor asher ryker aiden ayden josiah jaxon jaxson waylon landon colton axel jameson
grayson greyson silas weston jace kayden gael luka myles bryson milo brayden enzo thiago
braxton adonis mads soren goncalo
"""

_FEMALE = """
aaliyah abbie abby abena abigail ada adaeze addie adelaide adele adriana adrienne
afsaneh afua agata agatha agnes agnieszka aiko aileen ailsa aisha aishwarya aisling
aissatou akiko akosua alana alejandra alessandra alexa alexandra alexandria alice alicia
alina alisha alison allie allison alma alya alyson alyssa ama amaka amal amalia amanda
amber ameera amelia amelie amie amina aminata amparo amy ana anastasia anastasiya andie
angela angelica angelina angelique angie anisa anita anja anjali anke ann anna annabel
annabelle annalena annalise annamaria anne anne-marie annegret annette annie annika
antje antoinette antonella antonia antonietta aoife aparna april araceli archana ariana
arianna arielle arlene asha asiya asma astrid aubree audrey aurelie ava ayanna ayelet
ayesha ayse ayumi azadeh aziza barbara beata beatrice beatriz becca becky belinda bella
benazir bernadette bernice berta bess beth bethany betsey betsy bettina betty beverly
beyonce bhavna bianca bindi birgit birgitta blanca blanche bobbie bonnie brenda brenna
briana brianna brianne bridget bridgette brigid brigitte britney brittany brooke
brooklyn bushra busisiwe caitlin caitlyn callie cami camila camilla candace candice
candy cara carina carissa carla carlene carlotta carly carmela carmelita carmen carol
carole carolina caroline carolyn carrie cassandra cassie catalina catarina caterina
catherine cathleen cathy cecelia cecile cecilia celeste celia celina celine chantal
charity charlene charlotte charmaine chelsea cherie cheryl chiamaka chiara chieko
chimamanda chitra chloe chrissy christa christiane christina christine christy chrystia
ciara cindy cinzia claire clara clarissa claudette claudia clementine cleo coco colette
colleen concepcion condoleezza connie constance consuelo cora corazon cordelia corinne
cornelia cristina cynthia dagmar daisy dalia danica daniela danielle danuta daphne daria
darlene darya dawn deanna deb debbie debora deborah debra deepika deirdre delia delores
delphine dena denise desiree destiny diana diane dianne dilma dina dinah divya dixie
dolly dolores donatella donna dora doreen doris dorota dorothea dorothee dorothy dottie
dunya earlene eartha edith edna effie efua eileen eilidh ekaterina elaine eleanor elena
eleonora elfriede eliana elif elin elinor elisa elisabeth elisabetta elise eliza
elizabeth elke ella ellen ellie elodie eloise elsa elsbeth elsie elvira elyse elzbieta
emilia emilie emily emine emma emmanuelle emmeline enid erica erika erin erna esi esme
esperanza esra estela estella estelle esther ethel etta eugenia eugenie eunice eva
evangelina evangeline eve evelyn evita ewa fabiola fadwa faith faiza fannie farah fariha
fatema fatemeh fatima fatma fatoumata fay federica felicia felicity fern fernanda fiona
flavia flora florence florencia folake frances francesca francine francoise franziska
freya frida frieda funmilayo gabriela gabriella gabrielle gaby gail galina gayatri gayle
gemma genevieve georgette georgia georgina geraldine gerda gertrud gertrude ghada
ghazala gigi gilda gillian gina ginger ginny giorgia giovanna gisela giselle giulia
giuliana gladys gleisi glenda gloria golda grace graciela grainne grazyna greer greta
gretchen guadalupe gudrun gussie gwen gwendolyn gwyneth hadiza hailey hajar hala haley
halina hana hanaa hanan hannah harriet haruka hasina hattie hazel heather hedwig heidi
heike helen helena helene helga helle hema henrietta hermione hester hiba hilary hilda
hildegard hillary hina hiroko hoda holly hope hortense hortensia huda huma ida ilana
ilene ilhan ilse imani imelda imogen ina inas indira indu ines inez inga inge ingeborg
ingrid inna irena irene irina iris irma isabel isabela isabella isabelle isadora isla
ivana ivanka ivette ivy iwona jacinda jacqueline jacquelyn jada jadwiga jamila jana
janaina jane janelle janet janette janice janie janine jaqueline jasmin jasmine jaya
jayalalithaa jeanette jeanine jeanne jeannie jemima jenifer jenna jennifer jenny jess
jessica jewel jill jillian joan joann joanna joanne jocelyn joelle johanna jolene
josefina josephine josiane josie joy joyce joycelyn juana juanita judi judie judith judy
julia juliana julianne julie juliet juliette june justine jutta kaitlyn kalpana kamala
kamla kaori karen kari karin karina karla karlie kat katarzyna kate katelyn katerina
katharina katherine kathie kathleen kathryn kathy katie katja katrin katrina katy kaveri
kay kayla kayleigh keiko keira keisha kelli kellyanne kelsey kemi kendra kerstin khadija
khaleda kia kiki kimberley kimberly kirsten kirsty krista kristen kristi kristin
kristina kristy krystyna ksenia kseniya kumiko lacey laila lakeisha lakshmi lalita lamia
lana lara larisa lata latasha latisha latoya laura laurel lauren laurie laverne lea leah
leanne leela leila lena leni lenora leona leticia liana lidia liesl lila lilian liliana
lillian lilly lily lina linda lindiwe linnea lisa liv liz liza lizzie lois lola lolita
lolly lorelei lorena loretta lori lorna lorraine lottie louella louisa louise lourdes
lubna lucia luciana lucie lucille lucinda lucy ludmila luisa lula lupita luz lydia lynda
lynette lyudmila mabel madeleine madeline madge madhu madhuri madiha madison mae maeve
magdalena maggie maha mahsa mairead mala malak malala malgorzata malin malini mamata
mamie manal mandy manisha manuela mara marcela marcia marcy margaret margarita margie
margit margo margot marguerite margrethe maria mariah mariam mariama mariana marianna marianne
maribel maricela marie marie-france marielle marietta marija marika mariko marilyn
marina marine marisa marisol maritza marjorie marla marlene marlo marsha marta martha
martina martine mary maryam marylou marzena masako mathilde matilda mattie maud maura
maureen mavis maxene maxine maya mayra mayumi meena meenakshi meera meg megan megawati meghan
megumi megyn melania melanie melba melinda melissa melody meral mercedes mercy meredith
mette mia micaela michaela michelle michiko mildred milena mimi mindy minna
minnie mira miranda miriam misaki missy misty mitzi moira mollie molly mona monica
monika monique morag muriel myra myriam nabila nadezhda nadia nadine nadira nadya najat
najla najwa namita nan nanami nancy nandini nanette naoko naomi narges nargis natalia
natalie natalya natasha nathalie naureen nawal nazanin nazia neha nell nellie nermin
nettie ngozi nia niamh nicole nicolette nikki nilufar nina nirmala nisha nisreen
nkosazana nneka noelle noemi noor nora norah noreen noriko norma ntombi nuha nuria
octavia odile oksana ola olga olive olivia omarosa opal ophelia oprah oriana orla
ornella padmini paige paloma pam pamela paola parvati pascale patience patricia patrizia
patsy patti patty paula paulina pauline pearl peggy penelope penny perla petra petula
philippa phoebe phyllis pilar polina polly pooja posy pratibha preeti priscilla priti
priya priyanka prudence queenie rabia rachel rachida radha rae raffaella rahma raisa
ramona randi rani rania raquel rasha rashida reba rebecca rebekah reem reena regina
reham reiko rekha renata renate renee renu retno revathi reyna rhoda rhonda rigoberta
rihanna rika rita roberta robyn rochelle rocio roisin ronda rosa rosalia rosalie
rosalind rosalinda rosalyn rose roseanne roselyne rosemary rosetta rosie rosita roxana
roxanne roxie roya ruby rupa ruqayya ruth ruthie sabah sabina sabine sabrina sachiko
sadhana sadie safiya sahar sahra saida sakura sally salma salome samantha samar samira
sana sandra sandrine sanna saoirse sara sarah sarita savannah savitri sawsan segolene
selena selina selma serena shaima shalini shana shari sharon sharonda shauna shawna
shazia sheena sheetal sheila shelley sheri sherri sherry sheryl shilpa shira shirin
shirley shobha shonda shweta silke silvia simona sinead siobhan sita smriti sofia sofie
solange soledad solveig sonal sonia sonja sonya sophia sophie soraya stacey stacy
stefania stefanie stella stephanie stina suad sue suella suha suman sumaya sundari
sunita susan susana susanna susannah susanne sushma suzanne suzy svetlana swati sybil
sylvia sylvie tabatha tabitha tahira talia tamar tamara tamika tammy tamsin tania
tanisha tansu tanvi tanya tara tasha tatiana tatjana tatyana teresa terrie tess tessa
thandeka thelma theodora theresa thuli tiffany tilly tina tomoko tracey trish trisha
trudy tulsi twila tzipi ulrika ulrike uma una ursula urszula usha ute valentina valeria valerie
vandana vanessa vera verna veronica veronika veronique vicki vickie vicky victoria vida
vidya viola violet virgina virginia virginie vivian viviana wafa wanda wangari wendi
wendy whitney widad wilhelmina willa wilma winifred winnie winona ximena xiomara xochitl
yaa yael yasmeen yasmin yasmine yekaterina yelena yesenia yetunde yoko yolanda yolande
yui yuko yulia yuliya yumiko yuriko yusra yvette yvonne zahra zainab zanele zeina zeinab
zelda zeynep zoe zofia zohra zora zoya zuzana
scarlett mila gianna aria layla zoey paisley everly delilah leilani madelyn kinsley lyla
lerato nomvula wanjiru njeri akinyi ananya aditi sigrid manon
"""

#: Given names borne by men and women alike, or by men in one language and women in
#: another: they say nothing of their bearer's gender, even where a list holds them.
AMBIGUOUS: frozenset[str] = frozenset("""
addison ade alex andrea angel ariel ashley aubrey avery bailey billie blair cameron
camille carey carmel casey charlie courtney dakota dale dana darcy devon dominique drew
eden emerson femi finley frankie gabriele hadley harley hayden hui hunter ilia iman
indra jackie jaime jamie jan jean jessie jing jo jody jong jordan jules jun kai kendall
kennedy kerry kim kiran kris lael lane laurence lee lei lesley leslie lindsay lindsey
logan lou lynn mackenzie manpreet marion marty maxime mel merle michal michele mika min
ming misha moon morgan nana nicola nihad nour oakley paris parker pat payton quinn
reagan reese rene riley robin rosario rowan sam sandy sasha shannon shelby sidney simone
skyler sri sunny sydney tatum taylor terry toni tracy val wei xi yan yemi yuki zephyr
""".split())


def unaccented(word: str) -> str:
    """``word`` without its diacritics ("maría" -> "maria")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def _fold(word: str) -> str:
    """``word`` lower-cased, without diacritics or the periods at its edges."""
    return unaccented(word.lower().strip("."))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Name -> "male"/"female", built once from these lists and the lexicon's; a name on
    both lists is on neither."""
    male = set(_MALE.split()) | {n for n, g in GIVEN_NAMES.items() if g == "male"}
    female = set(_FEMALE.split()) | {n for n, g in GIVEN_NAMES.items() if g == "female"}
    both = male & female
    table = dict.fromkeys(male - both, "male")
    table.update(dict.fromkeys(female - both, "female"))
    for name in AMBIGUOUS:
        table.pop(name, None)
    return table


@lru_cache(maxsize=4096)
def given_name_gender(word: str) -> str | None:
    """The gender a given name usually carries ("male", "female"), or None when the name
    is unknown or borne by either ("Jordan", "Andrea").  A hyphenated name not listed
    whole goes by its first part ("Anne-Sophie": female)."""
    name = _fold(word)
    if name in AMBIGUOUS:
        return None
    table = _table()
    gender = table.get(name)
    if gender is None and "-" in name:
        first = name.split("-", 1)[0]
        if first not in AMBIGUOUS:
            gender = table.get(first)
    return gender
