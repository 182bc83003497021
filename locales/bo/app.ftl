# Gongdao UI text, Tibetan.
# translation: machine-drafted — no native speaker has reviewed this file yet.

site-name = ཀུང་ཏའོ། 公道
lang-switch-label = སྐད་ཡིག་འདེམས།
lang-name-zh = རྒྱ་ཡིག 中文
lang-name-bo = བོད་ཡིག
lang-name-ii = ཡི་ཡིག ꆈꌠꉙ
text-size-larger = ཡི་གེ་ཆེ་རུ།
text-size-normal = ཡི་གེ་རྒྱུན་ལྡན།

home-title = ཀུང་ཏའོ། ཁྲིམས་ལུགས་རོགས་རམ་དང་མང་ཚོགས་ཀྱི་རེ་འདུན།
home-heading = དཀའ་ངལ་བྱུང་ན་ཀུང་ཏའོ་ལ་འཚོལ།
home-intro = འདི་ནས་འཚོ་བའི་ཁྲོད་ཀྱི་ཁྲིམས་ལུགས་གོ་བ་དང་། ཛ་དྲག་གི་དཀའ་ངལ་སྙན་སེང་ཞུ་བ། ཕྱོགས་གཉིས་ཀས་ཡིད་ཆེས་པའི་བར་འདུམ་པ་འཚོལ་ཆོག ཚང་མ་རིན་མེད་ཡིན།

emergency-heading = ཛ་དྲག་ཡིན་ན་ཐད་ཀར་ཁ་པར་གཏོང་།
emergency-police = ཉེན་བརྡ་གཏོང་བ།
emergency-ambulance = ཛ་དྲག་སྨན་བཅོས།
emergency-fire = མེ་སྐྱོན།
emergency-women = བུད་མེད་ཐོབ་ཐང་སྲུང་སྐྱོབ་ཁ་པར།
emergency-legal-aid = ཁྲིམས་ལུགས་རོགས་རམ་ཁ་པར།

not-found-heading = ཤོག་ངོས་འདི་རྙེད་མ་སོང་།
not-found-body = དྲ་ཐག་ནོར་བའམ་ཤོག་ངོས་འདི་མེད་པར་གྱུར་འདུག
not-found-home = གཙོ་ངོས་སུ་ལོག

ui-machine-drafted = ཤོག་ངོས་འདིའི་བོད་ཡིག་ནི་འཕྲུལ་ཆས་ཀྱིས་ཟིན་བྲིས་བྱས་པ་ཡིན། མ་སྐད་པས་ད་དུང་ཞིབ་བཤེར་བྱས་མེད།
footer-free = ཀུང་ཏའོ་ནི་སྤྱི་ཕན་ཞབས་ཞུ་ཡིན་པས་གླ་ཆ་གང་ཡང་མི་ལེན།
footer-copyright = © { $year } ཀུང་ཏའོ་ཁྲིམས་ལུགས་རོགས་རམ་སྟེགས།

error-not-found = རྙེད་མ་སོང་།
error-bad-request = ཕུལ་བའི་ནང་དོན་ནོར་འདུག ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་།
error-unavailable = ཞབས་ཞུ་གནས་སྐབས་བཀོལ་མི་ཐུབ། ཅུང་ཙམ་སྒུག་ནས་ཚོད་ལྟ་གནང་། ཁྱེད་ཀྱིས་བྲིས་པ་མ་བརླགས།
